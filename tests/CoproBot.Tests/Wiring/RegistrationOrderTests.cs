using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Care;
using CoproBot.Bot.Discord;
using CoproBot.Bot.Group;
using CoproBot.Bot.Hosting;
using CoproBot.Bot.KnowledgeBase;
using CoproBot.Bot.Observability;
using CoproBot.Bot.Reflection;
using CoproBot.Bot.Understanding;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Understanding;
using CoproBot.Storage.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoproBot.Tests.Wiring;

/// <summary>No registration needs another to have run first: the bot resolves whole whatever order they are made in.</summary>
public sealed class RegistrationOrderTests : IDisposable
{
    // Program's order, as CoproHost makes it.
    private static readonly (string Name, Action<WebApplicationBuilder> Add)[] Registrations =
    [
        ("forwarded headers", b => b.AddForwardedHeadersTrust()),
        ("readiness", b => b.AddCoproReadinessChecks()),
        ("storage", b => b.AddCoproStorage()),
        ("knowledge", b => b.AddCoproKnowledge()),
        ("meaning", b => b.AddCoproMeaning()),
        ("understanding", b => b.AddCoproUnderstanding()),
        ("bot", b => b.AddCoproBot()),
        ("reflection", b => b.AddCoproReflection()),
        ("discord", b => b.AddCoproDiscord()),
        ("group sessions", b => b.AddCoproGroupSessions()),
        ("telemetry", b => b.AddCoproTelemetry()),
        ("problem details", b => b.Services.AddProblemDetails()),
        ("shutdown drain", b => b.Services.AddShutdownDrain()),
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("coprobot-wiring-").FullName;

    public static TheoryData<string> Orders() => ["as in Program", "reversed", "bot first, storage and telemetry last", "telemetry first"];

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task TheBotResolvesWholeWhateverOrderTheRegistrationsAreMadeIn(string order)
    {
        await using var app = Build(Arrange(order));
        await using var asInProgram = Build(Arrange("as in Program"));

        var services = app.Services;
        Assert.IsType<Bot.Conversation.CoproActivityHandler>(services.GetRequiredService<IBot>());
        Assert.IsType<TurnPrivateState>(services.GetRequiredService<PrivateConversationState>());

        // Storage, the bot and reflections each ask for the bot's state; it is registered once.
        Assert.Single(services.GetServices<PrivateConversationState>());
        Assert.Single(services.GetServices<ConversationState>());
        Assert.IsType<InstrumentedTableStore>(services.GetRequiredService<ITableStore>());
        Assert.NotNull(services.GetRequiredService<ReflectionTurns>());
        Assert.NotNull(services.GetRequiredService<CrisisSupport>());
        Assert.NotNull(services.GetRequiredService<MeaningReader>());
        Assert.Equal(0.61, services.GetRequiredService<IOptions<ReflectionOptions>>().Value.QuestionConfidence);
        Assert.Equal(HostedServices(asInProgram), HostedServices(app));
        Assert.Contains("CoproBot.Bot.Reflection.ReminderScheduler", HostedServices(app));

        // The middleware order is the list's, not the registrations'.
        Assert.Equal(MiddlewareOrder.Types, AdapterMiddleware.Of(services.GetRequiredService<CoproAdapter>()).Select(m => m.GetType()));
        Assert.Equal(MiddlewareOrder.Types, AdapterMiddleware.Of(services.GetRequiredService<DiscordAdapter>()).Select(m => m.GetType()));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static List<string> HostedServices(WebApplication app) =>
        [.. app.Services.GetServices<IHostedService>().Select(s => s.GetType().FullName!).Order(StringComparer.Ordinal)];

    private static List<Action<WebApplicationBuilder>> Arrange(string order)
    {
        var named = Registrations.ToDictionary(r => r.Name, r => r.Add);
        IEnumerable<string> names = order switch
        {
            "as in Program" => Registrations.Select(r => r.Name),
            "reversed" => Registrations.Select(r => r.Name).Reverse(),
            "bot first, storage and telemetry last" => ["bot", .. Registrations.Select(r => r.Name).Except(["bot", "storage", "telemetry"]), "storage", "telemetry"],
            "telemetry first" => ["telemetry", .. Registrations.Select(r => r.Name).Except(["telemetry"])],
            _ => throw new ArgumentOutOfRangeException(nameof(order)),
        };
        return [.. names.Select(name => named[name])];
    }

    private WebApplication Build(IEnumerable<Action<WebApplicationBuilder>> registrations)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _directory,
            [ReflectionOptions.Section + ":QuestionConfidence"] = "0.61",
        });

        // Every registration's services must be constructible, not only those asked for below.
        builder.Host.UseDefaultServiceProvider(options => (options.ValidateOnBuild, options.ValidateScopes) = (true, true));
        foreach (var add in registrations)
        {
            add(builder);
        }

        return builder.Build();
    }
}
