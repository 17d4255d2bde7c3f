namespace CoproBot.Knowledge.Answers;

/// <summary>The original (English) words of a translated section, verbatim: a text, or the items of a list.</summary>
public sealed record OriginalQuote(string? Text, IReadOnlyList<string> Items)
{
    /// <summary>On one line, so it sits directly under its translation: list items joined by " · ".</summary>
    public string OneLine => Items.Count > 0 ? string.Join(" · ", Items.Select(i => i.Replace('\n', ' '))) : (Text ?? string.Empty).Replace('\n', ' ');
}
