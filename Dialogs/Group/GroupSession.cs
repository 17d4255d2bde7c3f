using System.Text.Json.Serialization;
using CoproBot.Dialogs.Languages;
namespace CoproBot.Dialogs.Group;

/// <summary>The control state of one group session: where it is, how it gathers, and who leads it.</summary>
/// <remarks>
/// Written only with ETag checks, so two bot instances never overwrite each other's step or facilitator. The steps are
/// copied in at the start, so a knowledge update during a session cannot move the questions under people's feet.
/// Contributions are not kept here: each is its own entity, so contributing never competes with advancing.
/// </remarks>
public sealed record GroupSession
{
    /// <summary>How many applied messages are remembered: a re-send or a second delivery comes within moments.</summary>
    public const int AppliedKept = 32;

    public required string SessionId { get; init; }

    public required string ConversationKey { get; init; }

    public required string CaseName { get; init; }

    public required IReadOnlyList<SessionStep> Steps { get; init; }

    public SessionMode Mode { get; init; }

    public SessionStatus Status { get; init; }

    /// <summary>Once anonymous, always anonymous: what was given without a name never gains one.</summary>
    public bool EverAnonymous { get; init; }

    /// <summary>Who leads; empty once the facilitator has asked to be forgotten, and then anyone present may lead.</summary>
    public required string FacilitatorId { get; init; }

    /// <summary>The facilitator's name; never written for an anonymous session (see <see cref="GroupSessionStore.Kept(GroupSession)"/>).</summary>
    public string? FacilitatorName { get; init; }

    /// <summary>The current step, from 0.</summary>
    public int Step { get; init; }

    /// <summary>The steps whose contributions have been shown to the group.</summary>
    public IReadOnlyList<int> Revealed { get; init; } = [];

    /// <summary>In round robin, the position of the person whose turn it is among the participants.</summary>
    public int Turn { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    /// <summary>The code of the language the session speaks, chosen by the facilitator at the start; none (English) for older sessions.</summary>
    public string? Language { get; init; }

    /// <summary>The language of the session's announcements, summary and exports (read from <see cref="Language"/>, never stored).</summary>
    [JsonIgnore]
    public Language Speaks => Languages.Language.ForLocale(Language) ?? Languages.Language.English;

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>
    /// The latest messages whose change this state holds, oldest first. They are written in the same ETag-checked save
    /// as the change, so a message delivered to two instances, or sent again, changes the session once.
    /// </summary>
    public IReadOnlyList<AppliedMessage> Applied { get; init; } = [];

    public SessionStep Current => Steps[Math.Clamp(Step, 0, Steps.Count - 1)];

    public bool IsAnonymous => Mode == SessionMode.Anonymous || EverAnonymous;

    /// <summary>Whether contributions wait for a reveal rather than being shown as they come.</summary>
    public bool Gathers => Mode is SessionMode.Silent or SessionMode.Anonymous;

    public bool HasFacilitator => FacilitatorId.Length > 0;

    /// <summary>Whether this person is the session's named facilitator.</summary>
    public bool Leads(string userId) => HasFacilitator && string.Equals(FacilitatorId, userId, StringComparison.Ordinal);

    public bool HasApplied(string? activityId) => activityId is not null && Applied.Any(a => a.Id == activityId);

    /// <summary>The status a message is read in: the one it met when it was applied, if it was, so a second delivery is read alike.</summary>
    public SessionStatus StatusFor(string? activityId) => Applied.FirstOrDefault(a => activityId is not null && a.Id == activityId)?.Before ?? Status;

    /// <summary>This state, recording that it holds the message's change, made in <paramref name="before"/>.</summary>
    public GroupSession WithApplied(string? activityId, SessionStatus before) =>
        activityId is null ? this : this with { Applied = [.. Applied.Append(new AppliedMessage(activityId, before)).TakeLast(AppliedKept)] };

    /// <summary>Whether this person may steer the session: its facilitator, or anyone while nobody is.</summary>
    public bool MaySteer(string userId) => !HasFacilitator || Leads(userId);
}
