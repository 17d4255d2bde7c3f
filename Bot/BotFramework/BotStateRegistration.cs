using CoproBot.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoproBot.Bot.BotFramework;

public static class BotStateRegistration
{
    /// <summary>
    /// Bot Framework state over the table store: the conversation's, and each person's in it (saved with the turn's
    /// replies, see <see cref="TurnPrivateState"/>). Every registration whose services keep state asks for it, so none
    /// needs another to have run; asking again adds nothing.
    /// </summary>
    public static IServiceCollection AddBotState(this IServiceCollection services)
    {
        services.TryAddSingleton<IStorage, TableBotStorage>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<PrivateConversationState, TurnPrivateState>();
        return services;
    }
}
