using System.Net;
using CoproBot.Bot.Conversation;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Hosting;

public sealed class ConversationTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AMessageIsAnsweredAtTheConnectorAsAReply()
    {
        var activity = Activities.Message(_host.Connector.ServiceUrl, "conv-reply", "help", id: "incoming-1");

        var response = await _host.PostActivityAsync(activity);
        var reply = await _host.Connector.NextMessageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("incoming-1", reply.ReplyToId);
        Assert.Equal("conv-reply", reply.Conversation.Id);
        Assert.Equal(CoproActivityHandler.Help, reply.Text);
    }

    [Fact]
    public async Task TheBotWelcomesOnceWhenItIsAddedToAConversation()
    {
        await _host.PostActivityAsync(Activities.BotAdded(_host.Connector.ServiceUrl, "conv-welcome"));

        var welcome = await _host.Connector.NextMessageAsync();

        Assert.Equal(CoproActivityHandler.Welcome, welcome.Text);
    }

    [Fact]
    public async Task StateWrittenInOneTurnIsReadInTheNext()
    {
        await _host.PostActivityAsync(Activities.Message(_host.Connector.ServiceUrl, "conv-state", "hello"));
        await _host.PostActivityAsync(Activities.Message(_host.Connector.ServiceUrl, "conv-state", "again"));

        Assert.Contains("1 message ", (await _host.Connector.NextMessageAsync()).Text, StringComparison.Ordinal);
        Assert.Contains("2 messages", (await _host.Connector.NextMessageAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameActivityDeliveredTwiceIsProcessedOnce()
    {
        var activity = Activities.Message(_host.Connector.ServiceUrl, "conv-dup", "hello", id: "same-id");

        var first = await _host.PostActivityAsync(activity);
        var second = await _host.PostActivityAsync(activity);
        await _host.PostActivityAsync(Activities.Message(_host.Connector.ServiceUrl, "conv-dup", "next"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("1 message ", (await _host.Connector.NextMessageAsync()).Text, StringComparison.Ordinal);
        Assert.Contains("2 messages", (await _host.Connector.NextMessageAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHomePageSaysWhatCoproBotIsAndHowToReachIt()
    {
        var page = await _host.Client.GetStringAsync("/");

        Assert.Contains("coproduction", page, StringComparison.Ordinal);
        Assert.Contains("/api/messages", page, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project Bot -- chat", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LivenessAndReadinessAreHealthyOnTheEmbeddedStore()
    {
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync("/health/ready")).StatusCode);
    }
}
