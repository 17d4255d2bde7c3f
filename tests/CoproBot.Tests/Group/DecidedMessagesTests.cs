using CoproBot.Dialogs.Group;

namespace CoproBot.Tests.Group;

public sealed class DecidedMessagesTests
{
    [Fact]
    public void AMessageDecidedHereIsAnsweredAsItWasUntilNewerOnesPushItOut()
    {
        var decided = new DecidedMessages(capacity: 2);
        decided.Add("c", "m1", Session(3), [new GroupReply("Step 3")]);
        decided.Add("c", "m1", Session(9), [new GroupReply("not kept: m1 was decided already")]);
        decided.Add("c", null, Session(4), [new GroupReply("no id, nothing to remember")]);

        Assert.True(decided.TryGet("c", "m1", out var first));
        Assert.Equal(3, first.Saved.Step);
        Assert.Equal("Step 3", Assert.Single(first.Replies).Text);
        Assert.False(decided.TryGet("c", null, out _));

        // Another conversation's message with the same id is its own.
        Assert.False(decided.TryGet("another conversation", "m1", out _));

        decided.Add("c", "m2", Session(4), []);
        decided.Add("c", "m3", Session(5), []);
        Assert.False(decided.TryGet("c", "m1", out _));
        Assert.True(decided.TryGet("c", "m2", out _));
        Assert.True(decided.TryGet("c", "m3", out _));
    }

    private static GroupSession Session(int step) => new()
    {
        SessionId = "s",
        ConversationKey = "c",
        CaseName = "ESTHER",
        Steps = [],
        FacilitatorId = "f",
        Step = step,
    };
}
