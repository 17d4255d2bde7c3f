using CoproBot.Bot.Hosting;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Reminders;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Reflection;

/// <summary>
/// The real bot, as Program wires it, over a real SQLite store, spoken to through a <see cref="TestFlow"/>: each message
/// the flow sends is posted to /api/messages, and the messages the bot sent to the connector are the flow's replies.
/// </summary>
/// <remarks>The test adapter only plays the person's side: it makes the activities and keeps the replies for the flow's assertions.</remarks>
internal sealed class ReflectionChat : IAsyncDisposable
{
    private ReflectionChat(BotHost host, FakeTimeProvider clock, TableCountingStore store)
    {
        Host = host;
        Clock = clock;
        Store = store;
    }

    public BotHost Host { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>The bot's own store, its reads and writes counted.</summary>
    public TableCountingStore Store { get; }

    public ReflectionArchive Archive => Host.Services.GetRequiredService<ReflectionArchive>();

    public ReminderBook Reminders => Host.Services.GetRequiredService<ReminderBook>();

    /// <summary>Starts the bot, with <paramref name="settings"/> added to the raised rate limits a long conversation needs.</summary>
    public static async Task<ReflectionChat> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(ReflectionHost.Start);
        TableCountingStore? store = null;
        var all = RaisedLimits.Settings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = await BotHost.StartAsync(settings: all, services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.DecorateTableStore((_, inner) => store = new TableCountingStore(inner));
        });
        _ = host.Services.GetRequiredService<ITableStore>();
        return new ReflectionChat(host, clock, store!);
    }

    public static TestAdapter NewAdapter(string conversation = "reflection-tests") => new(TestAdapter.CreateConversation(conversation));

    public TestFlow Flow(TestAdapter? adapter = null) => new(adapter ?? NewAdapter(), RelayAsync);

    /// <summary>The same conversation in Teams: messages arrive as Teams sends them, and each reply comes back as the words it shows (a card's fallback text).</summary>
    public TestFlow TeamsFlow(TestAdapter adapter) => new(adapter, (turnContext, cancellationToken) =>
    {
        turnContext.Activity.ChannelId = Channels.Msteams;
        return RelayAsync(turnContext, reply => MessageFactory.Text(Replies.TextOf(reply)), cancellationToken);
    });

    /// <summary>One turn of the real bot: the person's activity goes to /api/messages, and what the bot sent comes back to the flow.</summary>
    public Task RelayAsync(ITurnContext turnContext, CancellationToken cancellationToken) => RelayAsync(turnContext, reply => reply, cancellationToken);

    private async Task RelayAsync(ITurnContext turnContext, Func<Activity, IActivity> shown, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        activity.ServiceUrl = Host.Connector.ServiceUrl;
        activity.Timestamp = Clock.GetUtcNow();
        Host.Connector.Drain();
        var response = await Host.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        foreach (var reply in Host.Connector.Drain().Where(r => r.Activity.Type == ActivityTypes.Message))
        {
            await turnContext.SendActivityAsync(shown(reply.Activity), cancellationToken);
        }
    }

    /// <summary>Every row of every table, keys and data: what a scan of the store would find.</summary>
    public Task<List<string>> AllRowsAsync() => StoreScan.EveryRowAsync(Host);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Host.DataDirectory, recursive: true);
    }
}
