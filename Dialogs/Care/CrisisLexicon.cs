using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Care;

/// <summary>The crisis lexicon of <c>Data/crisis-lexicon.txt</c>: explicit and weak patterns, their guards, and text-speak.</summary>
public sealed class CrisisLexicon
{
    private const string Resource = "CoproBot.Dialogs.crisis-lexicon.txt";
    // A guard against a pattern that backtracks without end, not a budget: the clock keeps running while a busy machine
    // has the thread waiting, so a tight limit would fire on ordinary messages under load.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly List<(string Kind, Regex Pattern)> _explicit = [];
    private readonly List<(string Kind, Regex Pattern)> _weak = [];
    private readonly List<Regex> _guards = [];
    private readonly List<Regex> _person = [];
    private readonly Dictionary<string, string> _speak = new(StringComparer.Ordinal);
    private readonly List<(Regex Phrase, string Reading)> _speakPhrases = [];

    public CrisisLexicon(string text)
    {
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new FormatException($"Crisis lexicon line {lineNumber}: expected strength, kind and pattern separated by tabs.");
            }

            Add(parts[0], parts[1], parts[2], lineNumber);
        }
    }

    /// <summary>The lexicon shipped with CoproBot.</summary>
    public static CrisisLexicon Shipped { get; } = new(ReadShipped());

    public int PatternCount => _explicit.Count + _weak.Count;

    /// <summary>What the lexicon finds in a message, and whether a guard speaks for professional talk or a figure of speech.</summary>
    public LexiconMatch Match(string text)
    {
        var normalised = Normalise(text);
        foreach (var (kind, pattern) in _explicit)
        {
            if (Matches(pattern, normalised))
            {
                return new LexiconMatch(CrisisStrength.Explicit, kind, Guarded: false);
            }
        }

        foreach (var (kind, pattern) in _weak)
        {
            if (Matches(pattern, normalised))
            {
                return new LexiconMatch(CrisisStrength.Weak, kind, _guards.Any(g => Matches(g, normalised)));
            }
        }

        return new LexiconMatch(CrisisStrength.None, null, Guarded: false);
    }

    /// <summary>Whether the message names or speaks as a person (I, my, she, my friend, goodbye...).</summary>
    public bool IsAboutSomeone(string text)
    {
        var normalised = Normalise(text);
        return _person.Any(p => Matches(p, normalised));
    }

    /// <summary>The message as the patterns read it: lower case, no accents, straight apostrophes, text-speak spelled out.</summary>
    public string Normalise(string text)
    {
        var folded = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(c switch
            {
                '\u2019' or '\u2018' or '`' or '\u00B4' => '\'',
                '/' or '\'' or '&' => c,
                _ when char.IsLetterOrDigit(c) => c,
                _ => ' ',
            });
        }

        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var spoken = new StringBuilder(folded.Length + 16).Append(' ');
        foreach (var word in words)
        {
            var trimmed = word.Trim('\'');
            spoken.Append(_speak.TryGetValue(trimmed, out var reading) ? reading : trimmed.Replace("/", " ", StringComparison.Ordinal)).Append(' ');
        }

        var result = spoken.ToString();
        foreach (var (phrase, reading) in _speakPhrases)
        {
            try
            {
                result = phrase.Replace(result, " " + reading + " ");
            }
            catch (RegexMatchTimeoutException)
            {
                // The phrase stays as written; the patterns still read the rest.
            }
        }

        return result;
    }

    // A pattern that runs out of time is taken as not matching, so one slow pattern never costs the person their turn;
    // the other layers still read the message.
    private static bool Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private void Add(string strength, string kind, string pattern, int lineNumber)
    {
        switch (strength)
        {
            case "explicit":
                _explicit.Add((kind, Compile(pattern, lineNumber)));
                break;
            case "weak":
                _weak.Add((kind, Compile(pattern, lineNumber)));
                break;
            case "guard":
                _guards.Add(Compile(pattern, lineNumber));
                break;
            case "person":
                _person.Add(Compile(pattern, lineNumber));
                break;
            case "speak" when kind.Contains(' ', StringComparison.Ordinal):
                _speakPhrases.Add((Compile(@"\s" + Regex.Escape(kind) + @"\s", lineNumber), pattern));
                break;
            case "speak":
                _speak[kind] = pattern;
                break;
            default:
                throw new FormatException($"Crisis lexicon line {lineNumber}: unknown strength '{strength}' (explicit, weak, guard, person or speak).");
        }
    }

    private static Regex Compile(string pattern, int lineNumber)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"Crisis lexicon line {lineNumber}: the pattern is not a valid regular expression ({e.Message}).", e);
        }
    }

    private static string ReadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The crisis lexicon resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
