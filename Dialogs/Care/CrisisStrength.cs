namespace CoproBot.Dialogs.Care;

/// <summary>How plainly the lexicon heard crisis in a message.</summary>
public enum CrisisStrength
{
    None,

    /// <summary>Words that also appear in professional talk and idioms.</summary>
    Weak,

    /// <summary>First-person crisis language.</summary>
    Explicit,
}
