using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Understanding;

/// <summary>The parts of a message that name a time to come back ("tomorrow", "at 3pm", "on Monday", "après le déjeuner").</summary>
internal sealed partial class TimeSpans
{
    private static readonly HashSet<string> Before = new(StringComparer.Ordinal) { "on", "by", "until", "till", "from", "le", "d", "des" };
    private readonly List<(int Start, int End)> _spans;

    private TimeSpans(List<(int Start, int End)> spans) => _spans = spans;

    public static TimeSpans Find(IReadOnlyList<MessageWord> words, CueIndex<CuePhrase> timePhrases)
    {
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < words.Count; i++)
        {
            var end = Clock().IsMatch(words[i].Text) ? i + 1 : -1;
            foreach (var (phrase, _) in timePhrases.StartingWith(words[i].Text))
            {
                if (phrase.MatchAt(words, i, None) is { } match && match.End > end)
                {
                    end = match.End;
                }
            }

            if (end > i)
            {
                // "on Monday", "by tomorrow", "le lundi": the little word before a time belongs to it.
                var start = i > 0 && Before.Contains(words[i - 1].Text) && (spans.Count == 0 || spans[^1].End < i) ? i - 1 : i;
                spans.Add((start, end));
                i = end - 1;
            }
        }

        return new TimeSpans(spans);
    }

    public static TimeSpans None { get; } = new([]);

    public bool Any => _spans.Count > 0;

    /// <summary>Where the first time begins, as a word index.</summary>
    public int FirstStart => _spans.Count > 0 ? _spans[0].Start : -1;

    public int? EndOfOneAt(int start) => _spans.FirstOrDefault(s => s.Start == start) is { End: > 0 } span ? span.End : null;

    public bool Covers(int word) => _spans.Any(s => word >= s.Start && word < s.End);

    // "3pm", "10am", "15h", "15h30": a time of day on its own.
    [GeneratedRegex(@"^\d{1,2}(?:am|pm|h|h\d\d)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Clock();
}
