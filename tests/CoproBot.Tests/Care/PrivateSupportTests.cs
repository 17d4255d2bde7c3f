using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Care;

/// <summary>In Teams channels and group chats, a reply meant for one person reaches only them: targeted, else a personal chat.</summary>
public sealed class PrivateSupportTests : IAsyncLifetime
{
    private const string Channel = "19:care-private@thread.tacv2";
    private const string Sam = "29:sam-aad";
    private const string Words = "I want to kill myself";
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task InATeamsChannelTheSupportIsATargetedMessageOnlyThePersonSees()
    {
        var support = Assert.Single(await SendAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, Channel, Words, Sam, "Sam")));

        Assert.Equal("?isTargetedActivity=true", support.Query);
        Assert.Equal(Channel + ";messageid=1700000000001", support.ConversationId);
        Assert.Equal(Sam, support.Activity.Recipient.Id);
        Assert.True((bool?)support.Activity.Recipient.Properties["isTargeted"]);
        Assert.StartsWith("I'm really sorry", support.Activity.Text, StringComparison.Ordinal);
        Assert.Null((support.Activity.ChannelData as JObject)?["coprobotPrivate"]);
        Assert.Empty(_host.Connector.CreatedConversations);
    }

    [Fact]
    public async Task InAGroupChatTheSupportIsTargetedToo()
    {
        var support = Assert.Single(await SendAsync(TeamsActivities.GroupChat(_host.Connector.ServiceUrl, "19:care-chat@thread.v2", Words, Sam, "Sam")));

        Assert.Equal("?isTargetedActivity=true", support.Query);
        Assert.Equal(Sam, support.Activity.Recipient.Id);
    }

    [Fact]
    public async Task WhenTeamsRefusesTheTargetedMessageTheSupportGoesToANewPersonalChatWithThePerson()
    {
        RefuseTargetedMessages();

        var support = Assert.Single(await SendAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, Channel, Words, Sam, "Sam")));

        var created = Assert.Single(_host.Connector.CreatedConversations);
        Assert.Equal(Sam, Assert.Single(created.Members).Id);
        Assert.Equal(TeamsActivities.BotId, created.Bot.Id);
        Assert.Equal(TeamsActivities.TenantId, created.TenantId);
        Assert.Equal(TeamsActivities.TenantId, (string?)JObject.FromObject(created.ChannelData)["tenant"]?["id"]);
        Assert.False(created.IsGroup);
        Assert.StartsWith("a:personal-", support.ConversationId, StringComparison.Ordinal);
        Assert.Equal(string.Empty, support.Query);
        Assert.StartsWith("I'm really sorry", support.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenNeitherPrivateWayWorksTheChannelGetsANoticeThatNamesAndQuotesNoOne()
    {
        RefuseTargetedMessages();
        _host.Connector.RespondToCreateConversation = _ => Results.StatusCode(StatusCodes.Status403Forbidden);

        var notice = Assert.Single(await SendAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, Channel, Words, Sam, "Sam")));

        Assert.Equal(Channel + ";messageid=1700000000001", notice.ConversationId);
        Assert.StartsWith("If anyone here is going through a hard time", notice.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("988", notice.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", notice.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("kill", notice.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("you just wrote", notice.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(notice.Activity.Entities ?? [], entity => entity.Type == "mention");
    }

    [Fact]
    public async Task GroupAcknowledgementsMeantForOnePersonAreTargetedAndWhatIsForEveryoneIsNot()
    {
        var opening = await SendAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, Channel, "facilitate ESTHER silently", "29:alex", "Alex"));
        var submit = TeamsActivities.Channel(_host.Connector.ServiceUrl, Channel, string.Empty, Sam, "Sam");
        submit.Remove("text");
        submit["entities"] = ((List<object>)submit["entities"]!).Skip(1).ToList();
        submit["value"] = new { answer = "Fewer handovers between teams", step = new { kind = "GroupStep", index = 0 } };

        var ack = Assert.Single(await SendAsync(submit));
        var refused = Assert.Single(await SendAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, Channel, "reveal", Sam, "Sam")));

        Assert.All(opening, message => Assert.Equal(string.Empty, message.Query));
        Assert.StartsWith("Thanks, your contribution", ack.Activity.Text, StringComparison.Ordinal);
        Assert.Equal("?isTargetedActivity=true", ack.Query);
        Assert.Equal(Sam, ack.Activity.Recipient.Id);
        Assert.Contains("Only the facilitator", Replies.TextOf(refused.Activity), StringComparison.Ordinal);
        Assert.Equal("?isTargetedActivity=true", refused.Query);
    }

    [Fact]
    public async Task APrivateReplyWithButtonsStaysPrivateWhenItBecomesACard()
    {
        await SendAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, Channel, "facilitate ESTHER", "29:alex", "Alex"));

        var retry = Assert.Single(await SendAsync(TeamsActivities.Channel(_host.Connector.ServiceUrl, Channel, "mode banana", "29:alex", "Alex")));

        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(retry.Activity.Attachments).ContentType);
        Assert.Contains("I didn't recognise that mode", Replies.TextOf(retry.Activity), StringComparison.Ordinal);
        Assert.Equal("?isTargetedActivity=true", retry.Query);
        Assert.Equal("29:alex", retry.Activity.Recipient.Id);
    }

    [Fact]
    public async Task InAPersonalChatTheSupportIsAnOrdinaryReply()
    {
        var support = Assert.Single(await SendAsync(TeamsActivities.Personal(_host.Connector.ServiceUrl, "a:care-personal", Words, Sam, "Sam")));

        Assert.Equal(string.Empty, support.Query);
        Assert.Equal("a:care-personal", support.ConversationId);
        Assert.Null(support.Activity.Recipient.Properties["isTargeted"]);
        Assert.Empty(_host.Connector.CreatedConversations);
    }

    private void RefuseTargetedMessages() =>
        _host.Connector.RespondToRequestAsync = sent => Task.FromResult<IResult?>(
            sent.Query.Contains("isTargetedActivity=true", StringComparison.Ordinal) ? Results.StatusCode(StatusCodes.Status403Forbidden) : null);

    private async Task<List<RecordedActivity>> SendAsync(Dictionary<string, object?> activity)
    {
        _host.Connector.Drain();
        (await _host.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        return [.. _host.Connector.Drain().Where(r => r.Activity.Type == ActivityTypes.Message)];
    }
}
