using System.Globalization;
using System.Text;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;

namespace CoproBot.Bot.Conversation;

/// <summary>Decides the language of each message turn, once, and lets a person choose it with "français" or "english".</summary>
/// <remarks>
/// The choice is kept in the person's own state in the conversation, which the turn reads anyway; without one, the
/// message's own language or the locale decides (<see cref="TurnLanguage.Decide"/>). Everything that speaks reads the
/// result from <see cref="TurnLanguage.Of"/>.
/// </remarks>
public sealed class LanguageChoice(PrivateConversationState personState)
{
    // Whole messages only, compared without case or accents: words matched, never said.
    private static readonly Dictionary<string, Language> Requests = new(StringComparer.Ordinal)
    {
        ["francais"] = Language.French,
        ["en francais"] = Language.French,
        ["in french"] = Language.French,
        ["french please"] = Language.French,
        ["english"] = Language.English,
        ["in english"] = Language.English,
        ["en anglais"] = Language.English,
        ["english please"] = Language.English,
    };

    private readonly IStatePropertyAccessor<LanguagePreference> _preference = personState.CreateProperty<LanguagePreference>(LanguagePreference.Property);

    /// <summary>Decides the turn's language from the person's choice, their message and their locale, and keeps it for the turn.</summary>
    public async Task<Language> DecideAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var chosen = await ChosenAsync(turnContext, cancellationToken);
        var language = TurnLanguage.Decide(chosen, TurnLanguage.LocaleOf(turnContext.Activity), IncomingMessage.Of(turnContext).Text);
        TurnLanguage.Set(turnContext, language, chosen is not null);
        return language;
    }

    /// <summary>The language the person chose in this conversation, if they did.</summary>
    public async Task<Language?> ChosenAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var preference = await _preference.GetAsync(turnContext, () => new LanguagePreference(), cancellationToken);
        return Language.All.FirstOrDefault(language => language.Code == preference.Code);
    }

    /// <summary>Keeps the language a whole message asks for, and says so in it; false for any other message.</summary>
    public async Task<bool> TryChooseAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Asked(text) is not { } language)
        {
            return false;
        }

        await _preference.SetAsync(turnContext, new LanguagePreference { Code = language.Code }, cancellationToken);
        TurnLanguage.Set(turnContext, language, chosen: true);
        await turnContext.SendActivityAsync(MessageFactory.Text(language[Phrase.LanguageChosen]), cancellationToken);
        await personState.SaveChangesAsync(turnContext, false, cancellationToken);
        return true;
    }

    /// <summary>The language a whole message asks for ("français", "en français", "in English"), or null.</summary>
    public static Language? Asked(string? text) =>
        text is null ? null : Requests.GetValueOrDefault(Folded(text));

    private static string Folded(string text)
    {
        var letters = text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        return string.Join(' ', new string([.. letters]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
