using CoproBot.Bot.Chat;
using CoproBot.Bot.Conversation;
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
        Assert.Contains(CoproActivityHandler.Welcome, text, StringComparison.Ordinal);
        Assert.Contains("CoproBot: " + CoproActivityHandler.Help, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTerminalChatShowsTheConversationWithoutLogLines()
    {
        var folder = Directory.CreateTempSubdirectory("coprobot-chat-").FullName;

        var (exitCode, output, error) = await BotProcess.RunAsync(
            ["chat"], folder, new Dictionary<string, string> { ["Storage__DataDirectory"] = Path.Combine(folder, "data") }, "help\n\n");

        Assert.True(exitCode == 0, error);
        Assert.Contains("CoproBot: " + CoproActivityHandler.Help, output, StringComparison.Ordinal);
        Assert.DoesNotContain("info:", output + error, StringComparison.Ordinal);
    }
}
