namespace CoproBot.Dialogs.Care;

/// <summary>The words of the support message in one language: one catalogue per language, nothing scattered.</summary>
/// <remarks>Placeholders are positional: {0} is a number, a line's name, or the emergency phrase.</remarks>
public sealed partial record SupportWording
{
    /// <summary>The language's ISO code, which also picks a region kept per language (fr-CA).</summary>
    public required string Language { get; init; }

    public required string Opening { get; init; }

    /// <summary>{0}: the emergency phrase (<see cref="Number"/> or <see cref="LocalEmergency"/>).</summary>
    public required string Danger { get; init; }

    /// <summary>One emergency number as the sentence says it ("le {0}" in French).</summary>
    public required string Number { get; init; }

    /// <summary>What joins two emergency numbers.</summary>
    public required string Or { get; init; }

    public required string LocalEmergency { get; init; }

    public required string TalkNow { get; init; }

    /// <summary>{0}: the line's name, {1}: how to reach it.</summary>
    public required string Line { get; init; }

    /// <summary>{0}: the line's description, after <see cref="Line"/>.</summary>
    public required string LineDescription { get; init; }

    public required string Paused { get; init; }

    public required string NotPaused { get; init; }

    /// <summary>The opening of the notice posted where a private reply could not be delivered: it names no one.</summary>
    public required string ForAnyone { get; init; }
}
