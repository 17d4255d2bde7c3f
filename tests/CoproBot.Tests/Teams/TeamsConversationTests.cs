using CoproBot.Bot.Proactive;
using CoproBot.Dialogs.Languages;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Teams;

public sealed class TeamsConversationTests : IAsyncLifetime
{
    private BotHost _host = null!;

    private string ServiceUrl => _host.Connector.ServiceUrl;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ThePersonalChatIsAnsweredInTheSameConversation()
    {
        await _host.PostActivityAsync(TeamsActivities.Personal(ServiceUrl, "a:personal-1", "help"));

        var reply = await _host.Connector.NextMessageAsync();

        Assert.Equal("a:personal-1", reply.Conversation.Id);
        Assert.Equal(Language.English[Phrase.ConversationHelp], reply.Text);
    }

    [Fact]
    public async Task TheMentionIsStrippedInAGroupChatBeforeTheTextIsRead()
    {
        await _host.PostActivityAsync(TeamsActivities.GroupChat(ServiceUrl, "19:group-1@thread.v2", "help"));

        Assert.Equal(Language.English[Phrase.ConversationHelp], (await _host.Connector.NextMessageAsync()).Text);
    }

    [Fact]
    public async Task TheMentionIsStrippedInAChannelAndTheReplyGoesToTheThread()
    {
        await _host.PostActivityAsync(TeamsActivities.Channel(ServiceUrl, "19:channel-1@thread.tacv2", "help", messageId: "42"));

        var reply = await _host.Connector.NextMessageAsync();

        Assert.Equal(Language.English[Phrase.ConversationHelp], reply.Text);
        Assert.Equal("19:channel-1@thread.tacv2;messageid=42", reply.Conversation.Id);
    }

    [Fact]
    public async Task AnAtTagThatIsNotTheBotsMentionIsLeftInTheText()
    {
        var activity = TeamsActivities.GroupChat(ServiceUrl, "19:group-2@thread.v2", "<at>Someone</at> help", mention: false);

        await _host.PostActivityAsync(activity);

        Assert.NotEqual(Language.English[Phrase.ConversationHelp], (await _host.Connector.NextMessageAsync()).Text);
    }

    [Fact]
    public async Task InstallingTheAppWelcomesOnceEvenWithTheConversationUpdateThatFollows()
    {
        await _host.PostActivityAsync(TeamsActivities.InstallationAdd(ServiceUrl, "a:personal-welcome"));
        await _host.PostActivityAsync(TeamsActivities.MembersAdded(ServiceUrl, "a:personal-welcome", "personal", TeamsActivities.BotId, "user-id-0"));
        await _host.PostActivityAsync(TeamsActivities.Personal(ServiceUrl, "a:personal-welcome", "help"));

        var messages = _host.Connector.All.Where(a => a.Activity.Type == "message").Select(a => a.Activity.Text).ToList();

        Assert.Equal([Language.English[Phrase.ConversationWelcome], Language.English[Phrase.ConversationHelp]], messages);
    }

    [Fact]
    public async Task AddingTheBotToATeamWelcomesButMembersJoiningLaterAreNotGreeted()
    {
        const string channel = "19:team-general@thread.tacv2";
        await _host.PostActivityAsync(TeamsActivities.MembersAdded(ServiceUrl, channel, "channel", TeamsActivities.BotId));
        await _host.PostActivityAsync(TeamsActivities.MembersAdded(ServiceUrl, channel, "channel", "user-id-7"));
        await _host.PostActivityAsync(TeamsActivities.MembersAdded(ServiceUrl, channel, "channel", "user-id-8"));

        var messages = _host.Connector.All.Where(a => a.Activity.Type == "message").Select(a => a.Activity.Text).ToList();

        Assert.Equal([Language.English[Phrase.ConversationWelcome]], messages);
    }

    [Fact]
    public async Task TheConversationReferenceIsStoredOnFirstContactWithoutNames()
    {
        await _host.PostActivityAsync(TeamsActivities.Personal(ServiceUrl, "a:personal-ref", "hello", userName: "Private Person"));

        var reference = await _host.Services.GetRequiredService<ConversationReferenceStore>().FindAsync("msteams", "a:personal-ref", CancellationToken.None);

        Assert.NotNull(reference);
        Assert.Equal(ServiceUrl, reference.ServiceUrl.TrimEnd('/'));
        Assert.Equal("user-id-0", reference.User.Id);
        Assert.Null(reference.User.Name);
        Assert.Equal(TeamsActivities.TenantId, reference.Conversation.TenantId);
    }

    [Fact]
    public async Task AProactiveMessageReachesAConversationThroughItsStoredReference()
    {
        await _host.PostActivityAsync(TeamsActivities.Personal(ServiceUrl, "a:personal-proactive", "hello"));
        await _host.Connector.NextMessageAsync();

        var sent = await _host.Services.GetRequiredService<ProactiveMessenger>().ContinueAsync(
            "msteams", "a:personal-proactive", (turn, ct) => turn.SendActivityAsync(MessageFactory.Text("A later message"), ct), CancellationToken.None);

        var message = await _host.Connector.NextMessageAsync();
        Assert.True(sent);
        Assert.Equal("A later message", message.Text);
        Assert.Equal("a:personal-proactive", message.Conversation.Id);
    }

    [Fact]
    public async Task AnonymousObjectsInRepliesReachTheConnectorWhole()
    {
        await _host.PostActivityAsync(TeamsActivities.Personal(ServiceUrl, "a:personal-anon", "hello"));
        await _host.Connector.NextMessageAsync();

        await _host.Services.GetRequiredService<ProactiveMessenger>().ContinueAsync(
            "msteams",
            "a:personal-anon",
            (turn, ct) =>
            {
                var message = MessageFactory.Text("with channel data");
                message.ChannelData = new { notification = new { alert = true } };
                return turn.SendActivityAsync(message, ct);
            },
            CancellationToken.None);

        var received = await _host.Connector.NextMessageAsync();
        Assert.Equal("{\"notification\":{\"alert\":true}}", Newtonsoft.Json.JsonConvert.SerializeObject(received.ChannelData));
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task AQuestionIsAnsweredWithAnAdaptiveCardInEveryKindOfConversation(string conversationType)
    {
        const string question = "What are ESTHER's inclusivity principles?";
        var activity = conversationType switch
        {
            "personal" => TeamsActivities.Personal(ServiceUrl, "a:ask-card", question),
            "groupChat" => TeamsActivities.GroupChat(ServiceUrl, "19:ask-card@thread.v2", question),
            _ => TeamsActivities.Channel(ServiceUrl, "19:ask-card@thread.tacv2", question),
        };

        await _host.PostActivityAsync(activity);
        var reply = await _host.Connector.NextMessageAsync();

        var card = (Newtonsoft.Json.Linq.JObject)Assert.Single(reply.Attachments).Content;
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply.Attachments[0].ContentType);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.StartsWith("**ESTHER: Inclusivity principles**", (string?)card["fallbackText"], StringComparison.Ordinal);
        Assert.Contains("Balancing power", card.ToString(), StringComparison.Ordinal);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(card.ToString(Newtonsoft.Json.Formatting.None)), 1, 80 * 1024);
        Assert.NotEmpty(card["actions"]!);
        Assert.All(card["actions"]!, action => Assert.Equal("imBack", (string?)action["data"]!["msteams"]!["type"]));
    }
}
