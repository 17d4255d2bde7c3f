using CoproBot.Bot.BotFramework;
using CoproBot.Dialogs.Languages;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Languages;

/// <summary>What a French speaker is told when a turn fails or comes too fast, through /api/messages with a fr-CA locale.</summary>
public sealed class FrenchTurnNoticesTests
{
    private static readonly Language French = Language.French;

    [Fact]
    public async Task AFailedTurnIsApologisedForInFrench()
    {
        await using var host = await BotHost.StartAsync();
        await host.PostAsync(FrenchMessage(host, "conv-fr-stuck", "réfléchir sur ESTHER"));
        var store = host.Services.GetRequiredService<ITableStore>();
        await store.UpsertAsync("botstate", "emulator/conversations/conv-fr-stuck/users/user-1", "state", "{\"ReflectionDialogState\":\"not a dialog stack\"}", CancellationToken.None);

        var apology = await host.PostAsync(FrenchMessage(host, "conv-fr-stuck", "Une réponse"));

        Assert.Equal([French[Phrase.TurnErrorApology]], apology);
        Assert.NotEqual(TurnErrorHandler.Apology, apology[0]);
    }

    [Fact]
    public async Task WhenTheStoreIsUnreachableAFrenchSpeakerIsToldInFrenchThatNothingWasSaved()
    {
        // Nothing listens on this port: every storage call fails, so not even the person's chosen language can be read.
        var unreachable = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + $"TableEndpoint=http://127.0.0.1:{FreePort.Next()}/devstoreaccount1;";
        await using var host = await BotHost.StartAsync(azureConnectionString: unreachable, settings: new Dictionary<string, string?>
        {
            ["Storage:NetworkTimeoutSeconds"] = "1",
        });

        await host.PostActivityAsync(FrenchMessage(host, "conv-fr-down", "bonjour"));
        var notSaved = await host.Connector.NextMessageAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(French[Phrase.TurnErrorNotSaved], notSaved.Text);
    }

    [Fact]
    public async Task AFrenchSpeakerSendingTooFastIsAskedInFrenchToSlowDown()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["RateLimits:MessagesPerPersonPerMinute"] = "2" },
            services: s => s.AddSingleton<TimeProvider>(time));

        var replies = new List<List<string>>();
        for (var i = 0; i < 3; i++)
        {
            replies.Add(await host.PostAsync(FrenchMessage(host, "conv-fr-fast", "aide")));
        }

        Assert.Equal([French[Phrase.ConversationHelp]], replies[0]);
        Assert.Equal([French[Phrase.RateLimitPerson]], replies[2]);
    }

    [Fact]
    public async Task AnEnglishMessageFromAFrenchLocaleIsAskedToSlowDownInEnglish()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["RateLimits:MessagesPerPersonPerMinute"] = "1" },
            services: s => s.AddSingleton<TimeProvider>(time));

        await host.PostAsync(FrenchMessage(host, "conv-en-fast", "help"));
        var refused = await host.PostAsync(FrenchMessage(host, "conv-en-fast", "I don't know what to say about this"));

        Assert.Equal([ConversationRateLimitMiddleware.SlowDown], refused);
    }

    private static Dictionary<string, object?> FrenchMessage(BotHost host, string conversation, string text)
    {
        var activity = Activities.Message(host.Connector.ServiceUrl, conversation, text);
        activity["locale"] = "fr-CA";
        return activity;
    }
}
