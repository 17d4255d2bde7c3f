using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Understanding;

/// <summary>A phrase of the vocabulary: words, with "*" for up to three other words, "#" for a number, "{time}" for a
/// time ("tomorrow at 10am") and "{text}" for words of the person's own (a case, a topic, a name).</summary>
internal sealed partial class CuePhrase
{
    private const int LongestGap = 3;
    private readonly Element[] _elements;

    private CuePhrase(string source, Element[] elements)
    {
        Source = source;
        _elements = elements;
        Words = elements.Count(e => e.Kind == ElementKind.Word);
        HasText = elements.Any(e => e.Kind == ElementKind.Text);
        First = elements.Length > 0 && elements[0].Kind == ElementKind.Word ? elements[0].Word : null;
    }

    private enum ElementKind
    {
        Word,
        Gap,
        Number,
        Time,
        Text,
    }

    public string Source { get; }

    /// <summary>How many fixed words it has: the longer match of two is the more specific reading.</summary>
    public int Words { get; }

    /// <summary>Whether it takes the person's own words, which must then stand at the start of the message.</summary>
    public bool HasText { get; }

    /// <summary>Its first fixed word, to find it quickly; null when it starts with a number, a time or the person's words.</summary>
    public string? First { get; }

    public static CuePhrase Parse(string source)
    {
        var elements = new List<Element>();
        foreach (var piece in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (piece)
            {
                case "*":
                    elements.Add(new Element(ElementKind.Gap, string.Empty));
                    break;
                case "#":
                    elements.Add(new Element(ElementKind.Number, string.Empty));
                    break;
                case "{time}":
                    elements.Add(new Element(ElementKind.Time, string.Empty));
                    break;
                case "{text}":
                    elements.Add(new Element(ElementKind.Text, string.Empty));
                    break;
                default:
                    elements.AddRange(MessageWords.Split(piece).Select(w => new Element(ElementKind.Word, w.Text)));
                    break;
            }
        }

        return new CuePhrase(source, [.. elements]);
    }

    /// <summary>The longest match starting at <paramref name="start"/>, or null.</summary>
    public CueMatch? MatchAt(IReadOnlyList<MessageWord> words, int start, TimeSpans times)
    {
        CueMatch? best = null;
        Match(words, start, 0, start, -1, -1, times, ref best);
        return best;
    }

    private void Match(IReadOnlyList<MessageWord> words, int start, int element, int at, int textFrom, int textTo, TimeSpans times, ref CueMatch? best)
    {
        if (element == _elements.Length)
        {
            if (best is null || at > best.Value.End)
            {
                best = new CueMatch(this, start, at, textFrom, textTo);
            }

            return;
        }

        var e = _elements[element];
        switch (e.Kind)
        {
            case ElementKind.Word when at < words.Count && words[at].Text == e.Word:
                Match(words, start, element + 1, at + 1, textFrom, textTo, times, ref best);
                break;
            case ElementKind.Number when at < words.Count && IsNumber(words[at].Text):
                Match(words, start, element + 1, at + 1, at, at + 1, times, ref best);
                break;
            case ElementKind.Time when times.EndOfOneAt(at) is { } end:
                Match(words, start, element + 1, end, textFrom, textTo, times, ref best);
                break;
            case ElementKind.Gap:
                for (var skip = 0; skip <= LongestGap && at + skip <= words.Count; skip++)
                {
                    Match(words, start, element + 1, at + skip, textFrom, textTo, times, ref best);
                }

                break;
            case ElementKind.Text:
                for (var end = words.Count; end > at; end--)
                {
                    Match(words, start, element + 1, end, at, end, times, ref best);
                }

                break;
        }
    }

    public static bool IsNumber(string word) => NumberWord().IsMatch(word);

    [GeneratedRegex(@"^(?:\d{1,4}(?:am|pm|h|h\d\d|st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberWord();

    private readonly record struct Element(ElementKind Kind, string Word);
}

/// <summary>Where a cue phrase matched: words [Start, End), and the person's own words or number [TextFrom, TextTo) if it takes any.</summary>
internal readonly record struct CueMatch(CuePhrase Cue, int Start, int End, int TextFrom, int TextTo)
{
    public int Length => End - Start;
}
