using CoproBot.Bot.Discord;
using CoproBot.Bot.Teams;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Conversation;

/// <summary>One channel-neutral reply, as each channel shows it.</summary>
public sealed class ReplyRenderingTests
{
    private static readonly Reply YourTurn = new("it's your turn.") { Mention = new ReplyPerson("29:sam-aad", "Sam") };

    [Fact]
    public void AMentionIsAMentionEntityInTeamsAPingOnDiscordAndTheNameElsewhere()
    {
        using var context = Context();
        var teams = TeamsReplyRenderer.Instance.Render(context, YourTurn);
        var discord = DiscordReplyRenderer.Instance.Render(context, YourTurn);
        var text = ReplyRendering.Render(context, YourTurn);

        Assert.Equal("<at>Sam</at>, it's your turn.", teams.Text);
        var mention = Assert.IsType<Mention>(Assert.Single(teams.Entities));
        Assert.Equal("mention", mention.Type);
        Assert.Equal("29:sam-aad", mention.Mentioned.Id);
        Assert.Equal("<at>Sam</at>", mention.Text);
        Assert.Equal("<@29:sam-aad>, it's your turn.", discord.Text);
        Assert.Empty(discord.Entities ?? []);
        Assert.Equal("Sam, it's your turn.", text.Text);
        Assert.Empty(text.Entities ?? []);
    }

    [Fact]
    public void AFeaturesReplyOnAChannelWithoutARendererIsTextWithItsChoicesAsSuggestedActions()
    {
        using var context = Context();
        var reply = new Reply("How well does your work reflect it?")
        {
            Choices = [ReplyChoice.Of("1"), new ReplyChoice("Skip", "skip")],
            Input = new InputRequest(AnswerKind.Rating, new StepReference(StepReferenceKind.Rating, 0)) { Now = true },
            Private = true,
        };

        var activity = ReplyRendering.Render(context, reply);

        Assert.Equal("How well does your work reflect it?", activity.Text);
        Assert.Empty(activity.Attachments ?? []);
        Assert.Null(activity.ChannelData);
        Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
        Assert.Equal(["1|1", "Skip|skip"], activity.SuggestedActions.Actions.Select(a => $"{a.Title}|{a.Value}"));
    }

    [Fact]
    public void APrivateReplyIsTargetedInTeamsAndEphemeralOnDiscord()
    {
        using var context = Context();
        var reply = new Reply("Only for you.") { Private = true, InChannel = "Say it to me in a personal chat." };

        Assert.True(TargetedReplies.IsMarked(TeamsReplyRenderer.Instance.Render(context, reply)));
        Assert.True(MessageRenderer.IsEphemeral(DiscordReplyRenderer.Instance.Render(context, reply)));
        Assert.False(MessageRenderer.IsEphemeral(DiscordReplyRenderer.Instance.Render(context, reply with { Private = false })));
    }

    private static TurnContext Context() => new(new TestAdapter(), new Activity(ActivityTypes.Message) { ChannelId = "webchat", Text = "hi" });
}
