namespace CoproBot.Dialogs.Replies;

/// <summary>A document a person asked to take away (a reflection, a session's summary, their data).</summary>
/// <param name="Title">What it is, in a few words.</param>
/// <param name="Format">Its format, such as "markdown", "csv" or "json".</param>
/// <param name="Content">The document itself, whole.</param>
public sealed record ReplyDocument(string Title, string Format, string Content);
