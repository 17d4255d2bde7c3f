using CoproBot.Bot.Conversation;
using CoproBot.Bot.Proactive;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Privacy;

/// <summary>Indexes what the host itself stores about a person: their private state and their one-to-one conversations.</summary>
public sealed class PersonalDataRecorder(PersonalDataIndex index)
{
    public async Task RecordTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.From?.Id is not { Length: > 0 } userId || activity.Conversation?.Id is null)
        {
            return;
        }

        var person = PersonOf(activity);
        await index.RecordAsync(person, TableBotStorage.Table, PrivateStateKey(activity), TableBotStorage.RowKey, cancellationToken);
        if (IsOneToOne(activity))
        {
            // A one-to-one conversation is the person's own: its state and how to reach it go with them.
            await index.RecordAsync(person, TableBotStorage.Table, ConversationStateKey(activity), TableBotStorage.RowKey, cancellationToken);
            await index.RecordAsync(person, ConversationReferenceStore.Table, activity.ChannelId, activity.Conversation.Id, cancellationToken);
            await index.RecordAsync(person, WelcomeLedger.Table, activity.ChannelId, activity.Conversation.Id, cancellationToken);
        }
    }

    public static string PersonOf(IActivity activity) => PersonalDataIndex.PersonKey(activity.ChannelId, activity.From.Id);

    public static bool IsOneToOne(IActivity activity) =>
        activity.Conversation.IsGroup != true && activity.Conversation.ConversationType is null or "personal";

    // The keys Bot Framework's ConversationState and PrivateConversationState use.
    private static string ConversationStateKey(Activity activity) => $"{activity.ChannelId}/conversations/{activity.Conversation.Id}";

    private static string PrivateStateKey(Activity activity) => $"{activity.ChannelId}/conversations/{activity.Conversation.Id}/users/{activity.From.Id}";
}
