using CoproBot.Dialogs.Care;

namespace CoproBot.Tests.Care;

public sealed class CrisisDetectorTests
{
    [Theory]
    [InlineData("I want to kill myself")]
    [InlineData("i've been thinking about suicide")]
    [InlineData("Honestly I just want to end it all")]
    [InlineData("everyone would be better off without me")]
    [InlineData("I've been self-harming again")]
    [InlineData("I keep hurting myself")]
    [InlineData("I don\u2019t feel safe at home")]
    [InlineData("I'm not safe here")]
    [InlineData("I can't go on like this")]
    [InlineData("there's no point in living")]
    [InlineData("I took an overdose last night")]
    [InlineData("I wish I was dead")]
    public void WordsOfCrisisAreNoticed(string text) => Assert.True(CrisisDetector.Shared.Read(text).IsCrisis);

    [Theory]
    [InlineData("What are ESTHER's inclusivity principles?")]
    [InlineData("I feel safe in our team meetings")]
    [InlineData("Our service is doing well at balancing power")]
    [InlineData("4")]
    [InlineData("mostly, but we can improve")]
    [InlineData("")]
    public void OrdinaryWordsAreNot(string text) => Assert.False(CrisisDetector.Shared.Read(text).IsCrisis);
}
