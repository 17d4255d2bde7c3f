namespace CoproBot.Dialogs.Replies;

/// <summary>A bar chart to show beside a reply's words: channels that draw pictures draw it, the rest show its text.</summary>
/// <param name="Title">What the chart shows, in a few words.</param>
/// <param name="Bars">Each bar's label and count, in the order they are drawn; every bar is labelled with its count.</param>
/// <param name="Text">The same as text that reads without colour or a screen (bars of characters and words).</param>
/// <param name="AltText">What the picture shows, in one or two sentences, for people who cannot see it.</param>
/// <param name="AxisLabel">What the labels are (such as "Rating").</param>
/// <param name="CountLabel">What the counts are (such as "People").</param>
public sealed record ReplyChart(string Title, IReadOnlyList<ChartBar> Bars, string Text, string AltText, string AxisLabel, string CountLabel);
