using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Languages;

/// <summary>Signed Discord interactions whose <c>locale</c> is French are answered in French.</summary>
public sealed class DiscordFrenchTests : IAsyncLifetime
{
    private DiscordBot _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task HelpAskedWithAFrenchLocaleIsAnsweredInFrench()
    {
        var response = await _bot.InteractAsync(French(Interactions.Command("help")));

        // The first line of the French help, written without accents so it reads the same in escaped JSON.
        Assert.Contains("Voici ce que je peux faire", response.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Here's what I can do", response.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReflectionStartedWithAFrenchLocaleIsIntroducedInFrench()
    {
        var response = await _bot.InteractAsync(French(Interactions.Command("reflect", ("case", "esther"))));

        // The introduction, in the answer itself; the first question follows as a message of its own.
        Assert.Contains("cas 1 : ESTHER", response.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Let's reflect on", response.ToJsonString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> French(Dictionary<string, object?> interaction)
    {
        interaction["locale"] = "fr";
        return interaction;
    }
}
