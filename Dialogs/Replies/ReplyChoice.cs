namespace CoproBot.Dialogs.Replies;

/// <summary>Something a person can say back by pressing it.</summary>
/// <param name="Label">What the button shows.</param>
/// <param name="Value">The words it says.</param>
public sealed record ReplyChoice(string Label, string Value)
{
    /// <summary>Only opens an answer box: a channel that shows the box with the question leaves this choice out.</summary>
    public bool OpensInput { get; init; }

    public static ReplyChoice Of(string words) => new(words, words);
}
