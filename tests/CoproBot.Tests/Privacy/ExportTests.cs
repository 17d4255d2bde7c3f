using System.Text.Json;
using CoproBot.Bot.Privacy.Export;
using CoproBot.Dialogs.Languages;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Group;
using CoproBot.Tests.Infrastructure;
using CoproBot.Tests.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Privacy;

public sealed class ExportTests : IAsyncLifetime
{
    private const string Channel = "19:export@thread.tacv2";
    private static readonly string AnaId = TeamsChannel.IdOf("Ana");

    private readonly FakeTimeProvider _clock = new(ReflectionHost.Start);
    private BotHost _host = null!;
    private TeamsChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _host = await ReflectionHost.StartAsync(_clock);
        _channel = new TeamsChannel(_host, Channel);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheExportPutsAnswersRatingsAndContributionsInPlainWordsAndNamesNoOneElse()
    {
        await LiveThroughAsync();

        var export = string.Join("\n", await SayAsync("export my data"));

        // A completed reflection: the case by name, an ISO date, each answer, each rating with its note.
        Assert.Contains("## Completed reflections", export, StringComparison.Ordinal);
        Assert.Contains("### Reflection 1: ESTHER", export, StringComparison.Ordinal);
        Assert.Matches(@"\*\*Completed\*\*: 2026-11-29T\d\d:\d\d:\d\dZ", export);
        Assert.Contains("Being heard by everyone", export, StringComparison.Ordinal);
        Assert.Contains("Fewer handovers between teams", export, StringComparison.Ordinal);
        Assert.Contains(": 4/5 — Families join our weekly meeting", export, StringComparison.Ordinal);

        // The paused reflection: its case, its step and the answer so far; the reminder: when, for which reflection.
        Assert.Contains("### Reflection in progress on ESTHER", export, StringComparison.Ordinal);
        Assert.Contains("**Step**: guiding question 2 of 3: Who needs to cooperate to fulfill this?", export, StringComparison.Ordinal);
        Assert.Contains("**What is best for, or important to, Esther?**: Ask what a good day looks like", export, StringComparison.Ordinal);
        Assert.Contains("**Paused**: yes", export, StringComparison.Ordinal);
        Assert.Contains("### Reminder to continue your reflection on ESTHER", export, StringComparison.Ordinal);
        Assert.Contains("**When**: 2026-11-30T10:00:00Z", export, StringComparison.Ordinal);

        // The group session: Ana's own words and rating, her parked topic, and nothing anyone else said.
        Assert.Contains("### Group session on ESTHER, started 2026-11-29T", export, StringComparison.Ordinal);
        Assert.Contains("Start with what Esther says matters", export, StringComparison.Ordinal);
        Assert.Contains("night staff training", export, StringComparison.Ordinal);
        Assert.Contains("your rating: 4/5", export, StringComparison.Ordinal);
        Assert.Contains("a topic someone else parked (their words are not included)", export, StringComparison.Ordinal);
        Assert.DoesNotContain("rotas", export, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("transport", export, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\b(Sam|Jo)\b", export);

        // How to reach her, in words; no nested JSON, no ids where a name is meant.
        Assert.Contains("**Your user id**: " + AnaId, export, StringComparison.Ordinal);
        Assert.Contains("**Channel**: Microsoft Teams", export, StringComparison.Ordinal);
        Assert.DoesNotContain("\\\"", export, StringComparison.Ordinal);
        Assert.DoesNotContain("```", export, StringComparison.Ordinal);
        Assert.DoesNotContain("esther", export, StringComparison.Ordinal);
        Assert.DoesNotContain("DialogStack", export, StringComparison.Ordinal);
        Assert.DoesNotContain("## " + Language.English[PersonalDataExport.Unknown], export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryKindOfRecordThePersonalDataIndexNamesHasItsPlaceInTheExport()
    {
        await LiveThroughAsync();
        var index = _host.Services.GetRequiredService<PersonalDataIndex>();
        var tables = (await index.FindAsync(PersonalDataIndex.PersonKey("msteams", AnaId), CancellationToken.None)).Select(r => r.Table).ToHashSet();

        var export = string.Join("\n", await SayAsync("export my data"));

        Assert.Superset(new HashSet<string> { "reflections", "reminders", "reminderdue", "botstate", "convrefs", "groupcontrib", "grouppeople", "grouppark", "groupown" }, tables);
        foreach (var table in tables)
        {
            Assert.True(export.Contains("## " + Language.English[SectionOf(table)], StringComparison.Ordinal), $"The export has no section for {table}.");
        }
    }

    [Fact]
    public async Task ARecordWithNoPlainWordsIsStillExportedWithItsNestedJsonOpenedUp()
    {
        await SayAsync("hello");
        var store = _host.Services.GetRequiredService<ITableStore>();
        await store.UpsertAsync("futurefeature", "p", "r", "{\"kept\":\"{\\\"words\\\":\\\"my own note\\\",\\\"score\\\":3}\"}", CancellationToken.None);
        await _host.Services.GetRequiredService<PersonalDataIndex>().RecordAsync(PersonalDataIndex.PersonKey("msteams", AnaId), "futurefeature", "p", "r", CancellationToken.None);

        var export = string.Join("\n", await SayAsync("export my data"));

        Assert.Contains("## " + Language.English[PersonalDataExport.Unknown], export, StringComparison.Ordinal);
        Assert.Contains("### A record in the table futurefeature", export, StringComparison.Ordinal);
        Assert.Contains("\"words\": \"my own note\"", export, StringComparison.Ordinal);
        Assert.Contains("\"score\": 3", export, StringComparison.Ordinal);
        Assert.DoesNotContain("\\\"", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsJsonTheExportIsReadableJsonWithNoJsonInsideItsStrings()
    {
        await LiveThroughAsync();

        var reply = string.Join("\n", await SayAsync("export my data as json"));

        Assert.StartsWith("```json\n", reply, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(reply["```json\n".Length..reply.LastIndexOf("```", StringComparison.Ordinal)]);
        var strings = StringsOf(json.RootElement).ToList();
        Assert.Contains("Being heard by everyone", strings);
        Assert.Contains("Start with what Esther says matters", strings);
        Assert.Contains("2026-11-30T10:00:00Z", strings);
        Assert.DoesNotContain(strings, s => s.TrimStart().StartsWith('{') || s.TrimStart().StartsWith('['));
        Assert.True(json.RootElement.TryGetProperty(Language.English[PersonalDataExport.CompletedReflections], out _));
        Assert.DoesNotMatch(@"\b(Sam|Jo)\b", reply);
    }

    [Fact]
    public async Task InAChannelTheExportGoesOnlyToThePersonWhoAskedIt()
    {
        await LiveThroughAsync();
        var before = _host.Connector.All.Count;

        var replies = await _channel.SayAsync("Ana", "export my data");

        Assert.NotEmpty(replies);
        Assert.Contains(replies, r => r.Text.StartsWith("# Your data in CoproBot", StringComparison.Ordinal));
        var sent = _host.Connector.All.Skip(before).Where(r => r.Activity.Type == "message").ToList();
        Assert.All(sent, r => Assert.Contains("isTargetedActivity=true", r.Query, StringComparison.Ordinal));
        Assert.All(sent, r => Assert.Equal(AnaId, r.Activity.Recipient.Id));
    }

    [Fact]
    public async Task WhereNoPrivateReplyCanBeSentTheChannelGetsAPointerAndNotTheData()
    {
        await LiveThroughAsync();
        _host.Connector.RespondToRequestAsync = r => Task.FromResult(r.Query.Contains("isTargetedActivity", StringComparison.Ordinal) ? Microsoft.AspNetCore.Http.Results.StatusCode(403) : null);
        _host.Connector.RespondToCreateConversation = _ => Microsoft.AspNetCore.Http.Results.StatusCode(403);

        var replies = await _channel.SayAsync("Ana", "export my data");

        Assert.Equal(Language.English[Phrase.PrivacyAskInPersonalChat], Assert.Single(replies).Text);
    }

    private static Phrase SectionOf(string table) => table switch
    {
        "reflections" => PersonalDataExport.CompletedReflections,
        "reminders" or "reminderdue" => PersonalDataExport.Reminders,
        "botstate" => PersonalDataExport.Progress,
        "convrefs" => PersonalDataExport.Reach,
        "groupcontrib" or "grouppeople" or "grouppark" or "groupown" => PersonalDataExport.GroupSessions,
        "welcomes" or "forgetreq" => PersonalDataExport.Other,
        _ => PersonalDataExport.Unknown,
    };

    private static IEnumerable<string> StringsOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringsOf(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringsOf),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    private Task<List<string>> SayAsync(string text) =>
        _host.PostAsync(TeamsActivities.Personal(_host.Connector.ServiceUrl, "a:ana", text, userId: AnaId, userName: "Ana"));

    // One person's life with CoproBot: a finished reflection, a paused one with a reminder, and a group session led by someone else.
    private async Task LiveThroughAsync()
    {
        await SayAsync("reflect on ESTHER");
        foreach (var text in new[] { "Being heard by everyone", "Her daughter and the GP", "Fewer handovers between teams", "4", "Families join our weekly meeting" })
        {
            await SayAsync(text);
        }

        foreach (var rating in new[] { "3", "5", "2", "4", "3" })
        {
            await SayAsync(rating);
            await SayAsync("skip");
        }

        await SayAsync("reflect on ESTHER");
        await SayAsync("Ask what a good day looks like");
        Assert.Contains(await SayAsync("pause, remind me tomorrow at 10am"), m => m.StartsWith("I've paused your reflection on ESTHER", StringComparison.Ordinal));

        await _channel.SayAsync("Sam", "facilitate ESTHER");
        await _channel.SayAsync("Sam", "open");
        await _channel.SayAsync("Ana", "Start with what Esther says matters");
        await _channel.SayAsync("Sam", "Sam's own idea about rotas");
        await _channel.SayAsync("Jo", "park transport costs for carers");
        await _channel.SayAsync("Ana", "I'll own 1");
        await _channel.SayAsync("Ana", "park night staff training");
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await _channel.SayAsync("Sam", "next");
        }

        Assert.Contains(await _channel.SayAsync("Ana", "4"), a => a.Text.StartsWith("Thanks, your rating for Principle 1 of 6", StringComparison.Ordinal));
    }
}
