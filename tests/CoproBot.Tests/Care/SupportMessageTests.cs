using CoproBot.Dialogs.Care;

namespace CoproBot.Tests.Care;

public sealed class SupportMessageTests
{
    private static readonly CareOptions Defaults = WithDefaults();

    [Fact]
    public void TheSupportMessageUsesTheRegionOfTheLocale()
    {
        var uk = For("en-GB", "I want to kill myself");
        var us = For("en-US", "I want to kill myself");
        var canada = For("en-CA", "I want to kill myself");

        Assert.Contains("Samaritans: 116 123", uk, StringComparison.Ordinal);
        Assert.Contains("NHS 111: 111, option 2", uk, StringComparison.Ordinal);
        Assert.Contains("please call 999 now", uk, StringComparison.Ordinal);
        Assert.Contains("call or text 988", us, StringComparison.Ordinal);
        Assert.Contains("please call 911 now", us, StringComparison.Ordinal);
        Assert.Contains("9-8-8 Suicide Crisis Helpline: call or text 988", canada, StringComparison.Ordinal);
    }

    [Fact]
    public void FrenchInFranceGetsTheNationalSuicidePreventionLineAndBothEmergencyNumbers()
    {
        var france = For("fr-FR", "je veux en finir");

        Assert.StartsWith("Je suis vraiment désolé", france, StringComparison.Ordinal);
        Assert.Contains("- 3114, numéro national de prévention du suicide : appeler le 3114 (gratuit, 24h/24 et 7j/7)", france, StringComparison.Ordinal);
        Assert.Contains("appelez le 15 ou le 112 maintenant", france, StringComparison.Ordinal);
        Assert.DoesNotContain("Samaritans", france, StringComparison.Ordinal);
    }

    [Fact]
    public void FrenchInCanadaGetsTheCanadianLineInFrench()
    {
        var quebec = For("fr-CA", "je veux en finir");

        Assert.Contains("- Ligne d'aide en cas de crise de suicide 9-8-8 : appeler ou texter le 988", quebec, StringComparison.Ordinal);
        Assert.Contains("appelez le 911 maintenant", quebec, StringComparison.Ordinal);
        Assert.DoesNotContain("3114", quebec, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-CA", "je n'en peux plus, je veux mourir", "fr", "Ligne d'aide en cas de crise de suicide 9-8-8")]
    [InlineData("fr-CA", "I can't go on, I want to end my life", "en", "9-8-8 Suicide Crisis Helpline")]
    [InlineData("en-US", "j'ai envie de mourir", "fr", "call or text 988")]
    [InlineData("fr-FR", "suicide", "fr", "3114")]
    [InlineData("en-GB", "Merci", "en", "Samaritans")]
    public void TheMessageLanguageWinsWhenItIsClearlyTheOtherOne(string locale, string words, string language, string line)
    {
        var wording = SupportLanguage.Choose(locale, words);
        var text = SupportMessage.For(Defaults, locale, wording, paused: false);

        Assert.Equal(language, wording.Language);
        Assert.Contains(line, text, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscordsBareFrenchNamesTheLinesOfFranceAndCanadaAndTheLocalEmergencyNumber()
    {
        var french = For("fr", "je veux mourir");

        Assert.Contains("En France : 3114", french, StringComparison.Ordinal);
        Assert.Contains("Au Canada : Ligne d'aide en cas de crise de suicide 9-8-8", french, StringComparison.Ordinal);
        Assert.Contains("appelez votre numéro d'urgence local maintenant", french, StringComparison.Ordinal);
    }

    [Fact]
    public void ACountryWithNoLinesOfItsOwnGetsTheDefaultLinesButNeverAnotherCountrysEmergencyNumber()
    {
        var germany = For("de-DE", "I want to kill myself");

        Assert.Contains("Samaritans", germany, StringComparison.Ordinal);
        Assert.Contains("please call your local emergency number now", germany, StringComparison.Ordinal);
        Assert.DoesNotContain("999", germany, StringComparison.Ordinal);
    }

    [Fact]
    public void ALanguageInAnyCountryIsAKeyOfItsOwnBesideTheCountryOfTheSameLetters()
    {
        Assert.Contains("FR", Defaults.Regions.Keys);
        Assert.Contains("fr-any", Defaults.Regions.Keys);
        Assert.DoesNotContain("En France", For("fr-FR", "je veux mourir"), StringComparison.Ordinal);
    }

    [Fact]
    public void ARegionKeyMayBeWrittenWithAnUnderscoreForHostsThatAllowNoHyphen()
    {
        var options = new CareOptions { DefaultRegion = "GB" };
        options.Regions["fr_BE"] = new SupportRegion { EmergencyNumber = "112", Lines = [new SupportLine { Name = "Centre de Prévention du Suicide", Contact = "0800 32 123" }] };
        options.AddDefaultRegions();

        Assert.Contains("Centre de Prévention du Suicide : 0800 32 123", SupportMessage.For(options, "fr-BE", SupportWording.French, paused: false), StringComparison.Ordinal);
    }

    [Fact]
    public void APausedReflectionIsSaidSoKindlyInEitherLanguage()
    {
        Assert.Contains("I've paused our reflection", SupportMessage.For(Defaults, "en-GB", SupportWording.English, paused: true), StringComparison.Ordinal);
        Assert.Contains("J'ai mis notre réflexion en pause", SupportMessage.For(Defaults, "fr-FR", SupportWording.French, paused: true), StringComparison.Ordinal);
        Assert.Contains("I haven't saved what you just wrote", SupportMessage.For(Defaults, "en-GB", SupportWording.English, paused: false), StringComparison.Ordinal);
    }

    [Fact]
    public void TheNoticeForAWholeChannelGivesTheLinesAndSaysNothingOfAnyoneInParticular()
    {
        var notice = SupportMessage.ForAnyone(Defaults, "en-GB", SupportWording.English);

        Assert.StartsWith("If anyone here is going through a hard time", notice, StringComparison.Ordinal);
        Assert.Contains("Samaritans: 116 123", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("you just wrote", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("sorry you're going through", notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GB")]
    [InlineData("US")]
    [InlineData("CA")]
    [InlineData("fr-CA")]
    [InlineData("FR")]
    [InlineData("fr-any")]
    public void EveryDefaultRegionIsValid(string region)
    {
        var options = new CareOptions { DefaultRegion = region };
        options.AddDefaultRegions();

        Assert.Empty(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }

    private static string For(string locale, string words) =>
        SupportMessage.For(Defaults, locale, SupportLanguage.Choose(locale, words), paused: false);

    private static CareOptions WithDefaults()
    {
        var options = new CareOptions();
        options.AddDefaultRegions();
        return options;
    }
}
