using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Tests.Discord;

public sealed class PrivateExportTests
{
    private const string ExportWords = "export my data";

    // On the real clock a busy machine can take longer than the 2 s after which a turn is deferred; these tests want the
    // answer itself, so their clock moves only when told. The slow export below moves it on purpose.
    private static FakeTimeProvider Clock() => new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task TheExportCommandIsAnsweredOnlyToThePersonAsking()
    {
        await using var bot = await DiscordBot.StartAsync(time: Clock());

        var response = await bot.InteractAsync(Interactions.Command("export-my-data"));

        Assert.Equal(InteractionResponse.ChannelMessage, (int)response["type"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.StartsWith("# Your data in CoproBot", (string)response["data"]!["embeds"]![0]!["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExportAskedInWordsInAGuildChannelIsStillPrivate()
    {
        await using var bot = await DiscordBot.StartAsync(time: Clock());

        var response = await bot.InteractAsync(Interactions.Command("ask", ("question", ExportWords)));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.StartsWith("# Your data in CoproBot", (string)response["data"]!["embeds"]![0]!["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASlowExportAskedInWordsNeverEditsThePublicOriginalWithTheData()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var probe = new TurnProbe { HoldText = ExportWords };
        await using var bot = await DiscordBot.StartAsync(services => services.AddSingleton<IMiddleware>(probe), time: time);

        var posting = bot.InteractAsync(Interactions.Command("ask", ("question", ExportWords)));
        await probe.Entered.WaitAsync(TimeSpan.FromSeconds(15));
        time.Advance(TimeSpan.FromMilliseconds(2000));
        var response = await posting.WaitAsync(TimeSpan.FromSeconds(15));
        probe.Release();

        // Deferred for all to see, so the original is settled with words that say nothing, and the data follows up privately.
        Assert.Equal("{\"type\":5}", response.ToJsonString());
        var original = await bot.Api.NextAsync();
        Assert.Equal("PATCH", original.Method);
        Assert.DoesNotContain("Your data", original.Body!.ToJsonString(), StringComparison.Ordinal);
        var followUp = await bot.Api.NextAsync();
        Assert.Equal("POST", followUp.Method);
        Assert.Equal(64, (int)followUp.Body!["flags"]!);
        Assert.StartsWith("# Your data in CoproBot", (string)followUp.Body["embeds"]![0]!["description"]!, StringComparison.Ordinal);
    }
}
