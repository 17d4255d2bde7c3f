using CoproBot.Bot.Hosting;
using CoproBot.Bot.State;
using CoproBot.Dialogs.Reflection;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Benchmarks;

/// <summary>The real reflection, taken from the bot's own wiring (<see cref="CoproHost"/>) over a given store, driven one turn at a time through a test adapter.</summary>
/// <remarks>Each turn gets a new turn context, so the person's private state is read from the store and written back, as in the bot.</remarks>
public sealed class ReflectionHarness
{
    public const string Start = "reflect on ESTHER";

    /// <summary>Answers to ESTHER's three questions.</summary>
    public static readonly string[] Answers =
    [
        "Being listened to about what matters in her week",
        "Her GP, the home care team and her daughter",
        "Sharing notes between services",
    ];

    private readonly ReflectionTurns _turns;

    public ReflectionHarness(ITableStore store)
    {
        Store = store;

        // The bot's own wiring, over the given store; nothing is started, so no background work runs beside the turns.
        var builder = CoproHost.CreateBuilder([]);
        builder.Services.AddSingleton(store);
        var services = builder.Build().Services;
        State = services.GetRequiredService<PrivateConversationState>();
        _turns = services.GetRequiredService<ReflectionTurns>();
        Adapter = new TestAdapter(TestAdapter.CreateConversation("benchmark"));
        var conversation = Adapter.Conversation;
        StateKey = $"{conversation.ChannelId}/conversations/{conversation.Conversation.Id}/users/{conversation.User.Id}";
    }

    public ITableStore Store { get; }

    public TestAdapter Adapter { get; }

    public PrivateConversationState State { get; }

    /// <summary>Where the person's private conversation state is stored, in <see cref="TableBotStorage.Table"/>.</summary>
    public string StateKey { get; }

    /// <summary>Sends one message to the reflection and returns the text of the first reply; the replies are then dropped.</summary>
    public async Task<string?> SayAsync(string text)
    {
        await Adapter.ProcessActivityAsync(MessageFactory.Text(text), ReflectAsync, CancellationToken.None);
        var reply = Adapter.ActiveQueue.Count > 0 ? Adapter.ActiveQueue.Peek().Text : null;
        Adapter.ActiveQueue.Clear();
        return reply;
    }

    /// <summary>Sends one message and fails unless the first reply starts as expected, so a benchmark never measures the wrong step.</summary>
    public async Task ExpectAsync(string text, string replyStart)
    {
        var reply = await SayAsync(text);
        if (reply is null || !reply.StartsWith(replyStart, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"\"{text}\" was answered with \"{reply}\", not \"{replyStart}…\".");
        }
    }

    /// <summary>The person's stored state as it is now.</summary>
    public async Task<StoredEntity> StoredStateAsync() =>
        await Store.GetAsync(TableBotStorage.Table, StateKey, TableBotStorage.RowKey, CancellationToken.None)
            ?? throw new InvalidOperationException("The reflection stored no state.");

    /// <summary>The turn handler: the reflection, and nothing else of the bot.</summary>
    public Task ReflectAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _turns.TryHandleAsync(turnContext, turnContext.Activity.Text, cancellationToken);
}
