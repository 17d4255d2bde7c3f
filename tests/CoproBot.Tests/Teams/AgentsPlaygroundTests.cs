using CoproBot.Dialogs.Languages;
using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Teams;

/// <summary>The bot on a real port, talking to the real Teams emulator from npm: it catches what hand-written JSON misses.</summary>
public sealed class AgentsPlaygroundTests : IAsyncLifetime
{
    private WebApplicationFactory<Program> _bot = null!;
    private AgentsPlayground _playground = null!;

    public async Task InitializeAsync()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("coprobot-playground-").FullName;
        _bot = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Storage:DataDirectory", dataDirectory);
            web.UseSetting("urls", "http://127.0.0.1:0");
        });
        _bot.UseKestrel(0);
        _bot.StartServer();
        var address = _bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playground = await AgentsPlayground.StartAsync(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal) + "/api/messages");
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task ThePlaygroundInstallsTheAppGetsOneWelcomeAndAnAnswerInPersonalChat()
    {
        await _playground.InstallAsync(_playground.PersonalChatId);
        var welcome = await _playground.NextBotMessageAsync();

        await _playground.SendAsync(_playground.PersonalChatId, "help");
        var answer = await _playground.NextBotMessageAsync();

        // Installing sends an installationUpdate and a conversationUpdate at once; exactly one welcome may result.
        Assert.Equal(Language.English[Phrase.ConversationWelcome], (string?)welcome["message"]!["text"]);
        Assert.Equal(Language.English[Phrase.ConversationHelp], (string?)answer["message"]!["text"]);
    }

    [Fact]
    public async Task ThePlaygroundsChannelMentionIsStrippedBeforeTheBotReadsIt()
    {
        var channel = (string)_playground.Config["teams"]![0]!["channels"]![1]!["id"]!;

        await _playground.SendAsync(channel, "help", mention: true);
        var answer = await _playground.NextBotMessageAsync();

        Assert.Equal(Language.English[Phrase.ConversationHelp], (string?)answer["message"]!["text"]);
    }
}
