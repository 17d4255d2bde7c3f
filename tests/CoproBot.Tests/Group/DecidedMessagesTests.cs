using CoproBot.Dialogs.Group;

namespace CoproBot.Tests.Group;

public sealed class DecidedMessagesTests
{
    [Fact]
    public void AMessageDecidedHereIsAnsweredAsItWasUntilNewerOnesPushItOut()
    {
        var decided = new DecidedMessages(capacity: 2);
        decided.Add("m1", Session(3), [new GroupReply("Step 3")]);
        decided.Add("m1", Session(9), [new GroupReply("not kept: m1 was decided already")]);
        decided.Add(null, Session(4), [new GroupReply("no id, nothing to remember")]);

        Assert.True(decided.TryGet("m1", out var first));
        Assert.Equal(3, first.Saved.Step);
        Assert.Equal("Step 3", Assert.Single(first.Replies).Text);
        Assert.False(decided.TryGet(null, out _));

        decided.Add("m2", Session(4), []);
        decided.Add("m3", Session(5), []);
        Assert.False(decided.TryGet("m1", out _));
        Assert.True(decided.TryGet("m2", out _));
        Assert.True(decided.TryGet("m3", out _));
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
