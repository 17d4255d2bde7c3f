using CoproBot.Dialogs.Replies;
using CoproBot.Knowledge.Meaning;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Dialogs.Languages;

/// <summary>The language of this turn's replies, decided once per turn and read by everything that speaks.</summary>
/// <remarks>
/// In order: the language the person chose ("français", "english"), kept with their own state; else the language
/// their message is clearly written in (at least two cues of one language, more than of the other, so a single word
/// or a name never decides; <see cref="WrittenLanguage"/> reads it); else their locale (the activity's, or on Teams
/// the clientInfo entity's); else English. The host sets the chosen language at the start of a message turn; a
/// turn it has not set (a reminder, a welcome) is decided here from what the turn carries.
/// </remarks>
public static class TurnLanguage
{
    private const string Key = "CoproBot.TurnLanguage";
    private const string ChosenKey = "CoproBot.TurnLanguageChosen";

    public static Language Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<Language>(Key) is { } kept)
        {
            return kept;
        }

        var words = turnContext.Activity.Type == ActivityTypes.Message ? IncomingMessage.Of(turnContext).Text : null;
        var decided = Decide(chosen: null, LocaleOf(turnContext.Activity), words);
        turnContext.TurnState.Set(Key, decided);
        return decided;
    }

    /// <summary>Keeps the turn's language, decided by the host with the person's stored choice.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="language">Its language.</param>
    /// <param name="chosen">Whether it is the language the person chose, which then also decides answers about the cases.</param>
    public static void Set(ITurnContext turnContext, Language language, bool chosen = false)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(Key, language);
        turnContext.TurnState[ChosenKey] = chosen;
    }

    /// <summary>The language an answer to a question about the cases is given in.</summary>
    /// <remarks>
    /// The person's choice, if they made one. Otherwise the question itself decides when it is clearly French or
    /// English, even by a single word ("principes d'ESTHER ?"), since a question about the cases is short and its
    /// answer quotes the case in that language; else the locale.
    /// </remarks>
    public static string ForQuestion(ITurnContext turnContext, string? question)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(ChosenKey, out var chosen) && chosen is true
            ? Of(turnContext).Code
            : LanguageGuess.Of(question) ?? (Language.ForLocale(LocaleOf(turnContext.Activity)) ?? Language.English).Code;
    }

    /// <summary>The choice first, then a message clearly in one language, then the locale, then English.</summary>
    public static Language Decide(Language? chosen, string? locale, string? words) =>
        chosen
        ?? WrittenLanguage.Of(words)
        ?? Language.ForLocale(locale)
        ?? Language.English;

    /// <summary>The locales to read the person's numbers and times in, in order: the turn's language, then their own locale's.</summary>
    /// <remarks>
    /// Someone on an English Teams who writes "demain à 22 h" is read as French, as they are answered in it; someone
    /// who chose French and still writes "in two hours" is read in their locale's language after that.
    /// </remarks>
    public static IReadOnlyList<string> ReadingLocales(ITurnContext turnContext)
    {
        var language = Of(turnContext);
        var locale = LocaleOf(turnContext.Activity);
        var own = Language.ForLocale(locale) is not null ? locale! : Language.English.Culture.Name;
        return Language.ForLocale(own) == language ? [own] : [language.Culture.Name, own];
    }

    /// <summary>The person's locale: the activity's, or the one Teams also puts in its clientInfo entity.</summary>
    public static string? LocaleOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Locale))
        {
            return activity.Locale;
        }

        return activity.Entities?
            .Where(entity => string.Equals(entity.Type, "clientInfo", StringComparison.OrdinalIgnoreCase))
            .Select(entity => entity.Properties?["locale"]?.Type == JTokenType.String ? (string?)entity.Properties["locale"] : null)
            .FirstOrDefault(locale => !string.IsNullOrWhiteSpace(locale));
    }
}
