namespace CoproBot.Dialogs.Replies;

/// <summary>One bar of a <see cref="ReplyChart"/>.</summary>
public sealed record ChartBar(string Label, int Count);
