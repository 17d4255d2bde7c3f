using CoproBot.Bot.Chat;
using CoproBot.Dialogs.Languages;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Chat;

public sealed class ConsoleChatTests
{
    [Fact]
    public async Task TheTerminalChatWelcomesAndAnswersEachLineThroughTheSameBot()
    {
        await using var host = await BotHost.StartAsync();
        var chat = ActivatorUtilities.CreateInstance<ConsoleChatAdapter>(host.Services);
        var output = new StringWriter();

        await chat.RunAsync(host.Services.GetRequiredService<IBot>(), new StringReader("help\n\n"), output, "tester", CancellationToken.None);

        var text = output.ToString();
        Assert.Contains(Language.English[Phrase.ConversationWelcome], text, StringComparison.Ordinal);
        Assert.Contains("CoproBot: " + Language.English[Phrase.ConversationHelp], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTerminalChatShowsTheConversationWithoutLogLines()
    {
        var folder = Directory.CreateTempSubdirectory("coprobot-chat-").FullName;

        var (exitCode, output, error) = await BotProcess.RunAsync(
            ["chat"], folder, new Dictionary<string, string> { ["Storage__DataDirectory"] = Path.Combine(folder, "data") }, "help\n\n");

        Assert.True(exitCode == 0, error);
        Assert.Contains("CoproBot: " + Language.English[Phrase.ConversationHelp], output, StringComparison.Ordinal);
        Assert.DoesNotContain("info:", output + error, StringComparison.Ordinal);
    }
}
