using CoproBot.Dialogs.Prompts;

namespace CoproBot.Tests.Dialogs;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Cases =
    [
        Choice.Of("ESTHER", "esther network", "jonkoping"),
        Choice.Of("Making Recovery Real", "dundee", "mrr"),
        Choice.Of("CMHA Learning Centre", "learning centre", "cmha"),
    ];

    [Theory]
    [InlineData("ESTHER", 0)]
    [InlineData("esther", 0)]
    [InlineData("  Making recovery real! ", 1)]
    [InlineData("CMHA Learning Center?", -1)]
    public void ExactNamesMatchIgnoringCaseAndPunctuation(string text, int expected)
    {
        var found = ChoiceRecognizer.Default.Recognize(text, Cases);

        if (expected < 0)
        {
            Assert.NotEqual(ChoiceMatchKind.Exact, found?.Kind);
        }
        else
        {
            Assert.Equal((expected, ChoiceMatchKind.Exact), (found!.Index, found.Kind));
        }
    }

    [Fact]
    public void SynonymsMatchTheirChoice()
    {
        var found = ChoiceRecognizer.Default.Recognize("Dundee", Cases);

        Assert.Equal(new FoundChoice("Making Recovery Real", 1, 1.0, ChoiceMatchKind.Synonym), found);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("the second")]
    [InlineData("second one")]
    [InlineData("2nd")]
    [InlineData("number two")]
    [InlineData("two")]
    public void OrdinalsAndNumbersPickByPosition(string text)
    {
        var found = ChoiceRecognizer.Default.Recognize(text, Cases);

        Assert.Equal((1, ChoiceMatchKind.Ordinal), (found!.Index, found.Kind));
    }

    [Fact]
    public void TheLastOnePicksTheLastChoice()
    {
        Assert.Equal(2, ChoiceRecognizer.Default.Recognize("the last one", Cases)?.Index);
    }

    [Theory]
    [InlineData("la dernière", "fr-CA")]
    [InlineData("Le dernier", "fr-FR")]
    [InlineData("celle du bas", "fr-CA")]
    [InlineData("celui du bas", "fr-CA")]
    [InlineData("the bottom one", "en-GB")]
    public void TheLastOrBottomOnePicksTheLastChoiceInFrenchToo(string text, string locale)
    {
        var found = ChoiceRecognizer.Default.Recognize(text, Cases, locale);

        Assert.Equal((2, ChoiceMatchKind.Ordinal), (found!.Index, found.Kind));
    }

    [Fact]
    public void APositionBeyondTheListMatchesNothing()
    {
        Assert.Null(ChoiceRecognizer.Default.Recognize("the seventh", Cases));
    }

    [Fact]
    public void ANumberThatNamesAChoicePicksItWhateverItsPosition()
    {
        var scale = new[] { new Choice("5"), new Choice("4"), new Choice("3"), new Choice("2"), new Choice("1") };

        Assert.Equal("4", ChoiceRecognizer.Default.Recognize("4", scale)?.Value);
        Assert.Equal("4", ChoiceRecognizer.Default.Recognize("four", scale)?.Value);
        Assert.Equal("4", ChoiceRecognizer.Default.Recognize("the second", scale)?.Value);
        Assert.Equal("2", new ChoiceRecognizer { AllowOrdinals = false }.Recognize("two", scale)?.Value);
        Assert.Null(new ChoiceRecognizer { AllowOrdinals = false }.Recognize("the second", scale));
    }

    [Theory]
    [InlineData("Estehr", 0)]
    [InlineData("Making Recovry Real", 1)]
    [InlineData("learnig centre", 2)]
    public void CloseTyposMatch(string text, int expected)
    {
        var found = ChoiceRecognizer.Default.Recognize(text, Cases);

        Assert.Equal((expected, ChoiceMatchKind.Typo), (found!.Index, found.Kind));
        Assert.InRange(found.Score, 0.5, 0.99);
    }

    [Fact]
    public void ALongAnswerMayBeThreeEditsAwayButNotFour()
    {
        Assert.Equal((1, ChoiceMatchKind.Typo), ChoiceRecognizer.Default.Recognize("Making Recvry Rel", Cases) is { } found ? (found.Index, found.Kind) : default);
        Assert.Null(ChoiceRecognizer.Default.Recognize("Makng Recvry Rel", Cases));
    }

    [Fact]
    public void DistantWordsDoNotMatchAsTypos()
    {
        Assert.Null(ChoiceRecognizer.Default.Recognize("banana", Cases));
    }

    [Fact]
    public void AChoiceNamedInsideASentenceMatches()
    {
        var found = ChoiceRecognizer.Default.Recognize("I'd like to hear about ESTHER please", Cases);

        Assert.Equal((0, ChoiceMatchKind.Contained), (found!.Index, found.Kind));
    }

    [Fact]
    public void PartOfALongChoiceNameMatches()
    {
        var found = ChoiceRecognizer.Default.Recognize("recovery", Cases);

        Assert.Equal((1, ChoiceMatchKind.Partial), (found!.Index, found.Kind));
    }

    [Fact]
    public void AnAnswerThatFitsTwoChoicesMatchesNeither()
    {
        var choices = new[] { new Choice("Morning meeting"), new Choice("Evening meeting") };

        Assert.Null(ChoiceRecognizer.Default.Recognize("meeting", choices));
        Assert.Null(ChoiceRecognizer.Default.Recognize("ESTHER or Dundee", Cases));
    }

    [Fact]
    public void TheLongestNameWinsWhenOneNameContainsAnother()
    {
        var choices = new[] { new Choice("Recovery"), new Choice("Making Recovery Real") };

        Assert.Equal(1, ChoiceRecognizer.Default.Recognize("tell me about making recovery real", choices)?.Index);
    }

    [Fact]
    public void BlankAnswersMatchNothing()
    {
        Assert.Null(ChoiceRecognizer.Default.Recognize("  ", Cases));
        Assert.Null(ChoiceRecognizer.Default.Recognize(null, Cases));
    }
}
