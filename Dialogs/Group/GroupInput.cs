using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Templates;
using CoproBot.Storage.Privacy;

namespace CoproBot.Dialogs.Group;

/// <summary>One message in a group conversation, as the facilitation logic needs it, with no channel types.</summary>
/// <param name="ConversationKey">The conversation a session belongs to (one session per conversation at a time).</param>
/// <param name="From">Who wrote it.</param>
/// <param name="Locale">Their language, for reading numbers and choices.</param>
/// <param name="ActivityId">The channel's id of the message, so that what it does is done once however often it is delivered.</param>
/// <param name="ChannelId">The channel (msteams, discord, …), which with the person's id names them in the personal-data index.</param>
/// <param name="Text">What they wrote, the bot's mention removed.</param>
/// <param name="Submitted">True when the words came from a form (a card or modal) rather than the visible chat.</param>
/// <param name="SubmittedStep">The step a form was answering, when it says so.</param>
/// <param name="Mentioned">Someone else the message mentions, for a hand-over.</param>
public sealed record GroupInput(
    string ConversationKey,
    string ChannelId,
    GroupPerson From,
    string Text,
    bool Submitted = false,
    int? SubmittedStep = null,
    GroupPerson? Mentioned = null,
    string? Locale = null,
    string? ActivityId = null)
{
    /// <summary>The language of this turn, which a new session speaks unless the facilitator names another.</summary>
    public Language Language { get; init; } = Language.English;

    /// <summary>Where the templates this person may facilitate are: their drafts and the team's; null for none.</summary>
    public TemplatePlaces? Templates { get; init; }

    public string Person => PersonalDataIndex.PersonKey(ChannelId, From.Id);

    public string PersonKeyOf(string userId) => PersonalDataIndex.PersonKey(ChannelId, userId);
}
