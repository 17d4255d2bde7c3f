using CoproBot.Dialogs.Prompts;
using CoproBot.Dialogs.Reflection;

namespace CoproBot.Tests.Reflection;

public sealed class ReflectionWordingTests
{
    private static readonly NumberPrompt Ratings = new("rating") { CustomRecognizer = RatingScale.Read };

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
    public void RatingsAreReadFromDigitsFractionsAndWords(string text, double expected) =>
        Assert.Equal(expected, Ratings.Read(text, "en-GB"));

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
    [InlineData("reflect", true, null)]
    [InlineData("reflect on ESTHER", true, "esther")]
    [InlineData("Reflect on case 2", true, "case 2")]
    [InlineData("I'd like to reflect on Making Recovery Real", true, "making recovery real")]
    [InlineData("start a reflection", true, null)]
    [InlineData("my reflections", false, null)]
    [InlineData("what does reflect mean", false, null)]
    public void StartingAReflectionIsRecognised(string text, bool starts, string? caseWords)
    {
        Assert.Equal(starts, ReflectionWords.IsStart(text, out var words));
        Assert.Equal(caseWords, words);
    }

    [Theory]
    [InlineData("pause", true, null)]
    [InlineData("pause, remind me tomorrow at 10am", true, "remind me tomorrow at 10am")]
    [InlineData("let's continue on Monday", true, "on monday")]
    [InlineData("remind me in 2 hours", true, "remind me in 2 hours")]
    [InlineData("continue", false, null)]
    [InlineData("Pausing to listen is important", false, null)]
    public void PausingIsRecognisedWithAnyTimeToResume(string text, bool pauses, string? when)
    {
        Assert.Equal(pauses, ReflectionWords.IsPause(text, out var heard));
        Assert.Equal(when, heard);
    }
}
