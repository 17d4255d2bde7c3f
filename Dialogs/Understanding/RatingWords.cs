using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Understanding;

/// <summary>Reads a 1–5 rating from digits ("4", "4/5", "4 out of 5"), number words ("four", "quatre") and the words of
/// the scale ("pretty well" is 4, "somewhere in the middle" 3, "pas du tout" 1).</summary>
internal sealed partial class RatingWords
{
    // Longer than this, and words that sound like a rating are more likely part of what someone is saying.
    private const int LongestRating = 8;
    private const int LongestNumberRating = 5;

    // Words that hedge a number without changing it: "I'd say a 4", "probably 3 out of 5".
    private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "i", "id", "say", "would", "think", "guess", "maybe", "probably", "about", "around", "roughly", "a", "solid", "strong",
        "its", "it", "we", "are", "were", "is", "honestly", "so", "like", "out", "of", "sur", "je", "dirais", "environ", "disons",
        "stars", "star", "points", "point", "rating", "score", "give", "us", "me", "ok", "okay", "hmm", "um", "erm",
    };

    private readonly CueIndex<int> _phrases;

    public RatingWords(IEnumerable<(CuePhrase Phrase, int Score)> phrases) =>
        _phrases = new CueIndex<int>(phrases.Select(p => (p.Score, p.Phrase)));

    public int? Read(string text, IReadOnlyList<MessageWord> words)
    {
        if (words.Count == 0 || words.Count > LongestRating || Decimal().IsMatch(text))
        {
            return null;
        }

        return FromNumbers(words) ?? FromPhrases(words);
    }

    // Exactly one number from 1 to 5, or a score "n/5", "n out of 5", "n sur 5", with nothing else but hedges.
    private static int? FromNumbers(IReadOnlyList<MessageWord> words)
    {
        if (words.Count > LongestNumberRating)
        {
            return null;
        }

        var numbers = words.Where(w => CuePhrase.IsNumber(w.Text)).ToList();
        if (words.Any(w => !CuePhrase.IsNumber(w.Text) && !Hedges.Contains(w.Text)))
        {
            return null;
        }

        return numbers switch
        {
            [var one] when Point(one.Text) is { } n => n,
            [var score, var scale] when Point(score.Text) is { } n && Point(scale.Text) == 5 => n,
            _ => null,
        };
    }

    private static int? Point(string word) => word switch
    {
        "1" or "one" or "un" or "une" => 1,
        "2" or "two" or "deux" => 2,
        "3" or "three" or "trois" => 3,
        "4" or "four" or "quatre" => 4,
        "5" or "five" or "cinq" => 5,
        _ => null,
    };

    // Every scale phrase found, longest first and without overlap; their scores are averaged, and a tie goes to the first said.
    private int? FromPhrases(IReadOnlyList<MessageWord> words)
    {
        var matches = new List<(CueMatch Match, int Score)>();
        for (var start = 0; start < words.Count; start++)
        {
            foreach (var (score, phrase) in _phrases.StartingWith(words[start].Text))
            {
                if (phrase.MatchAt(words, start, TimeSpans.None) is { Length: > 0 } match)
                {
                    matches.Add((match, score));
                }
            }
        }

        var taken = new bool[words.Count];
        var found = new List<(int Start, int Score)>();
        foreach (var (match, score) in matches.OrderByDescending(m => m.Match.Cue.Words).ThenBy(m => m.Match.Start))
        {
            if (!Enumerable.Range(match.Start, match.Length).Any(i => taken[i]))
            {
                for (var i = match.Start; i < match.End; i++)
                {
                    taken[i] = true;
                }

                found.Add((match.Start, score));
            }
        }

        if (found.Count == 0)
        {
            return null;
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var mean = found.Average(f => f.Score);
        var first = found[0].Score;
        var rounded = Math.Abs(mean - Math.Floor(mean) - 0.5) < 1e-9 ? (first > mean ? Math.Ceiling(mean) : Math.Floor(mean)) : Math.Round(mean);
        return (int)rounded;
    }

    [GeneratedRegex(@"\d[.,]\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Decimal();
}
