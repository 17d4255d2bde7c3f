namespace CoproBot.Dialogs.Group;

/// <summary>The control state of one group session: where it is, how it gathers, and who leads it.</summary>
/// <remarks>
/// Written only with ETag checks, so two bot instances never overwrite each other's step or facilitator. The steps are
/// copied in at the start, so a knowledge update during a session cannot move the questions under people's feet.
/// Contributions are not kept here: each is its own entity, so contributing never competes with advancing.
/// </remarks>
public sealed record GroupSession
{
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

    public string? FacilitatorName { get; init; }

    /// <summary>The current step, from 0.</summary>
    public int Step { get; init; }

    /// <summary>The steps whose contributions have been shown to the group.</summary>
    public IReadOnlyList<int> Revealed { get; init; } = [];

    /// <summary>In round robin, the position of the person whose turn it is among the participants.</summary>
    public int Turn { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public SessionStep Current => Steps[Math.Clamp(Step, 0, Steps.Count - 1)];

    public bool IsAnonymous => Mode == SessionMode.Anonymous || EverAnonymous;

    /// <summary>Whether contributions wait for a reveal rather than being shown as they come.</summary>
    public bool Gathers => Mode is SessionMode.Silent or SessionMode.Anonymous;

    public bool HasFacilitator => FacilitatorId.Length > 0;

    /// <summary>Whether this person is the session's named facilitator.</summary>
    public bool Leads(string userId) => HasFacilitator && string.Equals(FacilitatorId, userId, StringComparison.Ordinal);

    /// <summary>Whether this person may steer the session: its facilitator, or anyone while nobody is.</summary>
    public bool IsFacilitator(string userId) => !HasFacilitator || Leads(userId);
}
