using CoproBot.Dialogs.Languages;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Languages;

/// <summary>Whole conversations in French through /api/messages, with Teams activity JSON whose locale is fr-CA.</summary>
public sealed class FrenchConversationTests : IAsyncLifetime
{
    private static readonly Language French = Language.French;
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task HelpAndTheWelcomeAreInFrenchForAFrenchLocale()
    {
        Assert.Equal([French[Phrase.ConversationHelp]], await SayAsync("a:fr-help", "aide"));

        var install = TeamsActivities.InstallationAdd(_host.Connector.ServiceUrl, "a:fr-welcome");
        install["locale"] = "fr-CA";
        Assert.Equal([French[Phrase.ConversationWelcome]], await _host.PostAsync(install));
    }

    [Fact]
    public async Task AWholeReflectionIsAskedInFrenchWithItsRepromptsAndAPause()
    {
        var opening = await SayAsync("a:fr-reflect", "réfléchir sur ESTHER");
        Assert.StartsWith(French.Format(Phrase.ReflectionIntroCase, 1, "ESTHER"), opening[0], StringComparison.Ordinal);
        Assert.Contains(French[Phrase.ReflectionIntroHelp], opening[0], StringComparison.Ordinal);
        Assert.StartsWith("Question 1 sur 3 :", opening[^1], StringComparison.Ordinal);

        // Help, then the question asked again in French; the question's own words are the case's.
        var help = await SayAsync("a:fr-reflect", "aide");
        Assert.Equal(French[Phrase.ReflectionHelp], help[0]);
        Assert.StartsWith("Question 1 sur 3 :", help[1], StringComparison.Ordinal);
        Assert.StartsWith("Question 2 sur 3 :", Assert.Single(await SayAsync("a:fr-reflect", "Avec sa fille et l'infirmière du quartier")), StringComparison.Ordinal);

        Assert.Equal([French.Format(Phrase.ReflectionPaused, "ESTHER")], await SayAsync("a:fr-reflect", "faire une pause"));
        var resumed = await SayAsync("a:fr-reflect", "on reprend");
        Assert.Equal(French[Phrase.ReflectionWelcomeBack], resumed[0]);
        Assert.StartsWith("Question 2 sur 3 :", resumed[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheChoiceOfLanguageIsKeptShownInMyDataAndForgotten()
    {
        // An English locale, and one word of French that alone would not change it.
        Assert.Equal([French[Phrase.LanguageChosen]], await SayAsync("a:fr-choice", "français", locale: "en-US"));
        Assert.Equal([French[Phrase.ConversationWelcome]], await SayAsync("a:fr-choice", "hello", locale: "en-US"));

        var myData = Assert.Single(await SayAsync("a:fr-choice", "mes données", locale: "en-US"));
        Assert.StartsWith(French[Phrase.PrivacyHeresWhat], myData, StringComparison.Ordinal);
        Assert.Contains(French.Format(Phrase.PrivacyLanguage, "français"), myData, StringComparison.Ordinal);

        Assert.Equal([French[Phrase.PrivacyConfirmForget]], await SayAsync("a:fr-choice", "oublie-moi", locale: "en-US"));
        Assert.Equal([French[Phrase.PrivacyForgotten]], await SayAsync("a:fr-choice", "oui", locale: "en-US"));

        // Forgotten with the rest of their state: the locale decides again.
        Assert.Equal([Language.English[Phrase.ConversationWelcome]], await SayAsync("a:fr-choice", "hello", locale: "en-US"));
        Assert.Equal([Language.English[Phrase.LanguageChosen]], await SayAsync("a:fr-choice", "in English"));
        Assert.Equal([Language.English[Phrase.ConversationHelp]], await SayAsync("a:fr-choice", "aide"));
    }

    [Fact]
    public async Task AClearlyFrenchMessageIsAnsweredInFrenchWhateverTheLocale() =>
        Assert.Equal([French[Phrase.ConversationHelp]], await SayAsync("a:fr-guess", "aide moi", locale: "en-US"));

    [Fact]
    public async Task ACrisisMessageGetsFrenchSupport()
    {
        var support = await SayAsync("a:fr-crisis", "je n'en peux plus, je veux mourir");

        Assert.Contains(support, text => text.StartsWith("Je suis vraiment désolé", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AGroupSessionStartedInFrenchAnnouncesAndSummarisesInFrench()
    {
        var channel = _host.Connector.ServiceUrl;
        var start = await _host.PostAsync(TeamsActivities.GroupChat(channel, "19:fr-group@thread.v2", "facilitate ESTHER en français"));
        Assert.StartsWith("Réfléchissons ensemble à **ESTHER**", start[0], StringComparison.Ordinal);
        Assert.Contains(French[Phrase.GroupChooseMode], start);

        await _host.PostAsync(TeamsActivities.GroupChat(channel, "19:fr-group@thread.v2", "mode open"));
        var ended = await _host.PostAsync(TeamsActivities.GroupChat(channel, "19:fr-group@thread.v2", "end"));

        Assert.StartsWith("C'est la fin de notre session.", ended[0], StringComparison.Ordinal);
        Assert.StartsWith("## Réflexion de groupe sur ESTHER", ended[1], StringComparison.Ordinal);
    }

    private Task<List<string>> SayAsync(string conversation, string text, string locale = "fr-CA")
    {
        var activity = TeamsActivities.Personal(_host.Connector.ServiceUrl, conversation, text);
        activity["locale"] = locale;
        activity["entities"] = new object[] { new { type = "clientInfo", locale, country = "CA", platform = "Web", timezone = "UTC" } };
        return _host.PostAsync(activity);
    }
}
