using System.Net;
using CoproBot.Dialogs.Languages;
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
        Assert.Equal(Language.English[Phrase.ConversationHelp], reply.Text);
    }

    [Fact]
    public async Task TheBotWelcomesOnceWhenItIsAddedToAConversation()
    {
        await _host.PostActivityAsync(Activities.BotAdded(_host.Connector.ServiceUrl, "conv-welcome"));

        var welcome = await _host.Connector.NextMessageAsync();

        Assert.Equal(Language.English[Phrase.ConversationWelcome], welcome.Text);
    }

    [Fact]
    public async Task StateWrittenInOneTurnIsReadInTheNext()
    {
        await _host.PostActivityAsync(Activities.Message(_host.Connector.ServiceUrl, "conv-state", "tell me about the Dundee project"));
        await _host.PostActivityAsync(Activities.Message(_host.Connector.ServiceUrl, "conv-state", "and what are its principles?"));
        await _host.PostActivityAsync(Activities.Message(_host.Connector.ServiceUrl, "conv-state", "what is its guiding question?"));

        Assert.StartsWith("**Case 2: Making Recovery Real**", (await _host.Connector.NextMessageAsync()).Text, StringComparison.Ordinal);
        Assert.StartsWith("**Making Recovery Real: Inclusivity principles**", (await _host.Connector.NextMessageAsync()).Text, StringComparison.Ordinal);
        Assert.StartsWith("**Making Recovery Real: Guiding question(s)**", (await _host.Connector.NextMessageAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionIsAnsweredFromTheCasesWithFollowUpButtons()
    {
        await _host.PostActivityAsync(Activities.Message(_host.Connector.ServiceUrl, "conv-ask", "What are ESTHER's inclusivity principles?"));

        var reply = await _host.Connector.NextMessageAsync();

        Assert.StartsWith("**ESTHER: Inclusivity principles**", reply.Text, StringComparison.Ordinal);
        Assert.Contains("- Joy, \u2018serious fun\u2019", reply.Text, StringComparison.Ordinal);
        Assert.NotEmpty(reply.SuggestedActions.Actions);
        Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal("imBack", a.Type));
    }

    [Fact]
    public async Task AnOutOfScopeQuestionGetsTheHelpfulDefaultAnswer()
    {
        await _host.PostActivityAsync(Activities.Message(_host.Connector.ServiceUrl, "conv-oos", "what's the weather in Paris tomorrow?"));

        var reply = await _host.Connector.NextMessageAsync();

        Assert.StartsWith("**What I can help with**", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameActivityDeliveredTwiceIsProcessedOnce()
    {
        var activity = Activities.Message(_host.Connector.ServiceUrl, "conv-dup", "What are ESTHER's principles?", id: "same-id");

        var first = await _host.PostActivityAsync(activity);
        var second = await _host.PostActivityAsync(activity);
        await _host.PostActivityAsync(Activities.Message(_host.Connector.ServiceUrl, "conv-dup", "help"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(["**ESTHER: Inclusivity principles**", Language.English[Phrase.ConversationHelp].Split('\n')[0]], _host.Connector.All.Where(a => a.Activity.Type == "message").Select(a => a.Activity.Text.Split('\n')[0]));
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
