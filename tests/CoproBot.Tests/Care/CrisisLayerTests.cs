using CoproBot.Dialogs.Care;

namespace CoproBot.Tests.Care;

public sealed class CrisisLayerTests
{
    private static CrisisDetector Detector => CrisisDetector.Shared;

    [Theory]
    [InlineData("I work in suicide prevention and tonight I want to kill myself")]
    [InlineData("our self-harm awareness training is next week but honestly I've been cutting myself again")]
    public void AnExplicitFirstPersonMatchIsNeverCancelledByProfessionalWords(string text)
    {
        var reading = Detector.Read(text);

        Assert.True(reading.IsCrisis);
        Assert.Equal("lexicon", reading.Layer);
    }

    [Theory]
    [InlineData("The suicide prevention strategy goes to the board on Thursday")]
    [InlineData("We're overdosing on acronyms in this draft")]
    [InlineData("Je suis morte de rire")]
    [InlineData("a carer told us 'I felt like a burden to everyone' and we want to use that quote with consent")]
    public void ProfessionalTalkFiguresOfSpeechAndQuotedWordsAreNotCrisis(string text) => Assert.False(Detector.Read(text).IsCrisis);

    [Theory]
    [InlineData("everything feels pointless and I keep thinking everyone would be relieved if I just wasn't here")]
    [InlineData("I pray every night that I simply don't wake up in the morning")]
    public void TheMeaningLayerHearsCrisisWithoutTheLexiconsWords(string text)
    {
        Assert.Equal(CrisisStrength.None, CrisisLexicon.Shipped.Match(text).Strength);

        var reading = Detector.Read(text);

        Assert.True(reading.IsCrisis);
        Assert.Equal("meaning", reading.Layer);
    }

    [Fact]
    public void AQuestionAboutTheWorkThatNamesNoOneIsNotWeighedByMeaningButAStatementIs()
    {
        Assert.Equal("none", Detector.Read("Which case is the most peer-led of the three?").Layer);
        Assert.Equal("meaning", Detector.Read("Which case would help me now that I feel like I'm drowning?").Layer);
        Assert.Equal("meaning", Detector.Read("Sharing notes between the services we work with").Layer);
    }

    [Theory]
    [InlineData("j'ai envie d'en finir")]
    [InlineData("tout le monde serait mieux sans moi")]
    [InlineData("Je ne suis pas en sécurité chez moi")]
    [InlineData("je ne suis pas en securite chez moi")]
    [InlineData("chu pu capable, jveux mourir")]
    public void FrenchIsHeardWithAndWithoutAccentsAndInFamiliarForms(string text) => Assert.True(Detector.Read(text).IsCrisis);

    [Fact]
    public void TextSpeakIsSpelledOutBeforeThePatternsReadIt()
    {
        Assert.Equal(" every one would be better off without me ", CrisisLexicon.Shipped.Normalise("every1 wud b better off w/o me").Replace("everyone", "every one", StringComparison.Ordinal));
        Assert.True(Detector.Read("every1 wud b better off w/o me").IsCrisis);
    }

    [Fact]
    public void SayingImFineNeverSilencesTheNetForLaterMessages()
    {
        Assert.False(Detector.Read("I'm fine, honestly, ignore that").IsCrisis);

        Assert.True(Detector.Read("I want to die").IsCrisis);
    }

    [Fact]
    public void WithoutTheMeaningLayerTheLexiconStillDecides()
    {
        var lexiconOnly = new CrisisDetector(CrisisLexicon.Shipped, examples: null);

        Assert.True(lexiconOnly.Read("i keep thinking about ending it all").IsCrisis);
        Assert.False(lexiconOnly.Read("Our A&E sees a lot of self-harm presentations").IsCrisis);
    }

    [Theory]
    [InlineData("explicit\tdirect-ideation", "line 1")]
    [InlineData("sometimes\tkind\t\\bword\\b", "unknown strength")]
    [InlineData("explicit\tkind\t(unclosed", "not a valid regular expression")]
    public void ABrokenLexiconLineIsRejectedWithItsLineNumber(string line, string message)
    {
        var error = Assert.Throws<FormatException>(() => new CrisisLexicon(line));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APatternThatRunsOutOfTimeCountsAsNoMatchAndTheOtherPatternsStillRead()
    {
        var lexicon = new CrisisLexicon("explicit\tslow\t(a+)+b\nexplicit\tdirect-ideation\t\\bend it all\\b");

        Assert.Equal(CrisisStrength.None, lexicon.Match(new string('a', 40) + "!").Strength);
        Assert.Equal(CrisisStrength.Explicit, lexicon.Match("I want to end it all").Strength);
    }

    [Fact]
    public void ABrokenExampleLineIsRejectedWithItsLineNumber()
    {
        var error = Assert.Throws<FormatException>(() => CrisisDetector.ParseExamples("crisis\tfine\nmaybe\ttext"));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
