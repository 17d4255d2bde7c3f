using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Understanding;

namespace CoproBot.Tests.Reflection;

public sealed class ReflectionWordingTests
{
    private static readonly MeaningReader Reader = MeaningReader.Lexical;

    [Theory]
    [InlineData("four", 4)]
    [InlineData("4/5", 4)]
    [InlineData("4 out of 5", 4)]
    [InlineData("mostly", 4)]
    [InlineData("Largely, yes", 4)]
    [InlineData("not at all", 1)]
    [InlineData("a little", 2)]
    [InlineData("slightly", 2)]
    [InlineData("somewhat", 3)]
    [InlineData("partly", 3)]
    [InlineData("fully", 5)]
    [InlineData("completely!", 5)]
    [InlineData("2", 2)]
    public void RatingsAreReadFromDigitsFractionsAndWords(string text, int expected) =>
        Assert.Equal(expected, Reader.Read(text, new MessageContext(Awaiting.Rating, Locale: "en-GB")).Rating);

    [Theory]
    [InlineData("What would make recovery real in Dundee?", "Dundee")]
    [InlineData("How could care be better in Greater Manchester?", "Greater Manchester")]
    [InlineData("What is best for, or important to, Esther?", null)]
    [InlineData("Provide educational programming to foster recovery and living well", null)]
    [InlineData("What happens in practice?", null)]
    public void APlaceIsFoundOnlyWhenAQuestionEndsWithOne(string question, string? place) =>
        Assert.Equal(place, PlaceWording.Find(question));

    [Fact]
    public void AQuestionIsAdaptedToThePersonsPlaceAndLeftAloneWithoutOne()
    {
        Assert.Equal("What would make recovery real in Leith?", PlaceWording.Adapt("What would make recovery real in Dundee?", "Leith"));
        Assert.Equal("What would make recovery real in Dundee?", PlaceWording.Adapt("What would make recovery real in Dundee?", null));
    }

    [Theory]
    [InlineData("Provide educational programming to foster recovery and living well", "How does your work provide educational programming to foster recovery and living well?")]
    [InlineData("Involve people with lived experience in every decision.", "How does your work involve people with lived experience in every decision?")]
    [InlineData("CMHA branches share what works", "How does your work reflect this aim: CMHA branches share what works?")]
    [InlineData("What do we need to improve?", "What do we need to improve?")]
    public void AGuidingQuestionWrittenAsAStatementIsAskedAsAQuestion(string written, string asked) =>
        Assert.Equal(asked, QuestionWording.Asked(Language.English, written, place: null));

    [Theory]
    [InlineData("reflect", true, null)]
    [InlineData("reflect on ESTHER", true, "ESTHER")]
    [InlineData("Reflect on case 2", true, "case 2")]
    [InlineData("I'd like to reflect on Making Recovery Real", true, "Making Recovery Real")]
    [InlineData("start a reflection", true, null)]
    [InlineData("my reflections", false, null)]
    [InlineData("what does reflect mean", false, null)]
    [InlineData("we reflect on our practice every month", false, null)]
    public void StartingAReflectionIsRecognised(string text, bool starts, string? caseWords)
    {
        var meaning = Reader.Read(text, MessageContext.Anywhere);
        Assert.Equal(starts, meaning.Kind == MeaningKind.StartReflection);
        Assert.Equal(caseWords, starts ? meaning.Argument : null);
    }

    [Theory]
    [InlineData("pause", true, null)]
    [InlineData("pause, remind me tomorrow at 10am", true, "tomorrow at 10am")]
    [InlineData("let's continue on Monday", true, "on Monday")]
    [InlineData("remind me in 2 hours", true, "in 2 hours")]
    [InlineData("continue", false, null)]
    [InlineData("Pausing to listen is important", false, null)]
    [InlineData("Pause and actually listen before we decide anything", false, null)]
    public void PausingIsRecognisedWithAnyTimeToResume(string text, bool pauses, string? when)
    {
        var meaning = Reader.Read(text, new MessageContext(Awaiting.Question, "What do we need to improve?"));
        Assert.Equal(pauses, meaning.Kind == MeaningKind.Pause);
        Assert.Equal(when, meaning.When);
    }
}
