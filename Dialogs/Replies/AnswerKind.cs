namespace CoproBot.Dialogs.Replies;

/// <summary>What kind of answer a question waits for, so each channel can offer the right control for it.</summary>
public enum AnswerKind
{
    /// <summary>Words of the person's own.</summary>
    FreeText,

    /// <summary>A rating from 1 to 5.</summary>
    Rating,

    /// <summary>One of the reply's choices.</summary>
    Choice,
}
