using CoproBot.Dialogs.Understanding;

namespace CoproBot.Tests.Understanding;

public sealed class MeaningReaderTests
{
    private const string Question = "Who needs to cooperate to fulfill this?";
    private static readonly MeaningReader Reader = MeaningReader.Lexical;

    [Theory]
    [InlineData("Stop sending letters she can't read")]
    [InlineData("Going back over her notes before every visit")]
    [InlineData("Cancel the jargon and speak plainly")]
    [InlineData("Repeat prescriptions done without a trip to the surgery")]
    [InlineData("Skip the triage call when we already know her")]
    [InlineData("Help at home after discharge")]
    [InlineData("A break from caring for her husband now and then")]
    [InlineData("Continue the same nurse through the whole year")]
    [InlineData("Where she can get help at the weekend")]
    [InlineData("Next steps written down so she remembers them")]
    [InlineData("Thanks to her daughter, she now has someone at every meeting")]
    [InlineData("Pass information between teams without her repeating it")]
    [InlineData("Pause before deciding, ask her first")]
    [InlineData("Nobody, that's the problem")]
    [InlineData("Everyone who touches her care")]
    public void AnswersThatContainCommandWordsStayAnswers(string text) =>
        Assert.Equal(MeaningKind.Answer, Reader.Read(text, new MessageContext(Awaiting.Question, Question)).Kind);

    [Theory]
    [InlineData("No one from outside health yet")]
    [InlineData("Not yet, but it's in the plan for spring")]
    [InlineData("Nothing written down, it's all informal")]
    [InlineData("None of the managers attend")]
    [InlineData("Next year we want patients on the panel")]
    public void NotesThatStartWithNoStayNotes(string text) =>
        Assert.Equal(MeaningKind.Note, Reader.Read(text, new MessageContext(Awaiting.Note, "Balancing power")).Kind);

    [Theory]
    [InlineData("later", Awaiting.Paused, MeaningKind.NotNow)]
    [InlineData("later", Awaiting.Question, MeaningKind.Pause)]
    [InlineData("later", Awaiting.Nothing, MeaningKind.Goodbye)]
    [InlineData("no", Awaiting.Note, MeaningKind.NoNote)]
    [InlineData("no", Awaiting.Place, MeaningKind.Skip)]
    [InlineData("no thanks", Awaiting.Nothing, MeaningKind.Nothing)]
    [InlineData("no", Awaiting.Confirmation, MeaningKind.No)]
    [InlineData("I'm back", Awaiting.Paused, MeaningKind.Resume)]
    [InlineData("back", Awaiting.Question, MeaningKind.Back)]
    [InlineData("pass", Awaiting.Question, MeaningKind.Skip)]
    [InlineData("pass", Awaiting.Group, MeaningKind.Pass)]
    [InlineData("what do you mean?", Awaiting.Question, MeaningKind.Explain)]
    [InlineData("what does 1 mean?", Awaiting.Rating, MeaningKind.Explain)]
    [InlineData("great", Awaiting.Rating, MeaningKind.Rating)]
    [InlineData("great", Awaiting.Nothing, MeaningKind.Thanks)]
    public void TheSameWordsMeanDifferentThingsInDifferentContexts(string text, Awaiting awaiting, MeaningKind meaning) =>
        Assert.Equal(meaning, Reader.Read(text, new MessageContext(awaiting, Question)).Kind);

    [Theory]
    [InlineData("pretty well I think", 4)]
    [InlineData("somewhere in the middle", 3)]
    [InlineData("plutôt bien", 4)]
    [InlineData("not at all", 1)]
    [InlineData("we're getting there", 3)]
    [InlineData("could do better", 2)]
    [InlineData("rarely if ever", 1)]
    [InlineData("pretty much always", 5)]
    [InlineData("quatre sur cinq", 4)]
    public void LooseRatingsMapToTheScale(string text, int rating) =>
        Assert.Equal(rating, Reader.Read(text, new MessageContext(Awaiting.Rating, "Balancing power")).Rating);

    [Theory]
    [InlineData("we did this in 3 of our 4 clinics last year")]
    [InlineData("2.5")]
    [InlineData("7")]
    [InlineData("purple")]
    public void WordsThatAreNoRatingAreNothingCertainAtARating(string text) =>
        Assert.Equal(MeaningKind.Nothing, Reader.Read(text, new MessageContext(Awaiting.Rating, "Balancing power")).Kind);

    [Fact]
    public void TheWordsOfThePromptCountWhenAskingWhatItMeans()
    {
        Assert.Equal(MeaningKind.Explain, Reader.Read("What does 'fulfill this' refer to?", new MessageContext(Awaiting.Question, Question)).Kind);
        Assert.Equal(MeaningKind.Answer, Reader.Read("What does 'fulfill this' refer to?", new MessageContext(Awaiting.Question, "What do we need to improve?")).Kind);
    }

    [Fact]
    public void OnlyAWholeMessageYesIsACertainYes()
    {
        Assert.True(Reader.Read("yes, forget me", new MessageContext(Awaiting.Confirmation)) is { Kind: MeaningKind.Yes, IsCertain: true });
        Assert.True(Reader.Read("yess", new MessageContext(Awaiting.Confirmation)) is { Kind: MeaningKind.Yes, IsCertain: false });
        Assert.False(Reader.Read("right, what are ESTHER's principles?", new MessageContext(Awaiting.Confirmation)).IsCertain);
    }

    [Fact]
    public void ACertainReadingIsTheWholeMessageCommandAndNothingLooser()
    {
        var confirmation = new MessageContext(Awaiting.Confirmation);
        Assert.True(Reader.ReadCertain("yes, forget me", confirmation) is { Kind: MeaningKind.Yes, IsCertain: true });
        Assert.True(Reader.ReadCertain("no", confirmation) is { Kind: MeaningKind.No, IsCertain: true });

        // The looser readings the yes/no reader adds are not tried: a typo, and a yes that opens a longer message.
        Assert.Null(Reader.ReadCertain("yess", confirmation));
        Assert.Equal(MeaningKind.Yes, Reader.Read("yes, but first what are the principles?", confirmation).Kind);
        Assert.Null(Reader.ReadCertain("yes, but first what are the principles?", confirmation));
        Assert.Null(Reader.ReadCertain("right, what are ESTHER's principles?", confirmation));
        Assert.Null(Reader.ReadCertain("   ", confirmation));
    }

    [Fact]
    public void APauseCarriesTheTimeItNames()
    {
        var meaning = Reader.Read("I need to stop for now, remind me at 3pm", new MessageContext(Awaiting.Question, Question));
        Assert.Equal(MeaningKind.Pause, meaning.Kind);
        Assert.Equal("at 3pm", meaning.When);
        Assert.Equal("after lunch", Reader.Read("still busy, remind me after lunch", new MessageContext(Awaiting.Paused)).When);
    }

    [Fact]
    public void AQuestionForCoproBotKeepsItsWordsAsWritten() =>
        Assert.Equal("what are the CMHA principles", Reader.Read("? what are the CMHA principles", new MessageContext(Awaiting.Question, Question)).Argument);

    [Fact]
    public void EmptyWordsMeanNothing() =>
        Assert.Equal(Meaning.Nothing, Reader.Read("  ", new MessageContext(Awaiting.Question, Question)));
}
