namespace CoproBot.Dialogs.Care;

/// <summary>The strongest pattern of the crisis lexicon a message matched, and whether a guard spoke against a weak one.</summary>
public sealed record LexiconMatch(CrisisStrength Strength, string? Kind, bool Guarded);
