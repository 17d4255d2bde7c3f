using CoproBot.Dialogs.Prompts;

namespace CoproBot.Tests.Dialogs;

public sealed class YesNoRecognizerTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("y")]
    [InlineData("Y")]
    [InlineData("yep")]
    [InlineData("yeah")]
    [InlineData("sure")]
    [InlineData("of course")]
    [InlineData("ok")]
    [InlineData("yes please")]
    [InlineData("sure, go on")]
    [InlineData("yess")]
    public void EverydayYesesAreYes(string text) => Assert.True(YesNoRecognizer.Recognize(text));

    [Theory]
    [InlineData("no")]
    [InlineData("n")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("not really")]
    [InlineData("No thanks.")]
    [InlineData("no, not today")]
    [InlineData("I don't think so")]
    public void EverydayNosAreNo(string text) => Assert.False(YesNoRecognizer.Recognize(text));

    [Theory]
    [InlineData("not sure")]
    [InlineData("I'm not sure")]
    [InlineData("maybe")]
    [InlineData("I don't know")]
    [InlineData("purple")]
    [InlineData("")]
    public void UnsureOrUnrelatedAnswersAreNeither(string text) => Assert.Null(YesNoRecognizer.Recognize(text));
}
