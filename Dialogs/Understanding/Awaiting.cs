namespace CoproBot.Dialogs.Understanding;

/// <summary>What the person is in the middle of: the prompt waiting for them, which decides what their words can mean.</summary>
public enum Awaiting
{
    /// <summary>Nothing is waiting: a question to CoproBot, small talk, or a command.</summary>
    Nothing,

    /// <summary>A guiding question of a reflection, answered in free text.</summary>
    Question,

    /// <summary>The community or place a reflection's questions are adapted to.</summary>
    Place,

    /// <summary>A 1–5 rating of an inclusivity principle.</summary>
    Rating,

    /// <summary>The optional note after a rating.</summary>
    Note,

    /// <summary>A paused reflection.</summary>
    Paused,

    /// <summary>A yes/no confirmation.</summary>
    Confirmation,

    /// <summary>A choice from buttons (which case to reflect on).</summary>
    Choice,

    /// <summary>A message in a group conversation, where anything that is not a command may be a contribution.</summary>
    Group,
}
