using System.Reflection;
using CoproBot.Knowledge.Meaning;

namespace CoproBot.Dialogs.Care;

/// <summary>Notices a message that speaks of crisis: suicide, self-harm, plans, farewells, or not being safe.</summary>
/// <remarks>
/// Three layers. The lexicon hears first-person crisis language in English and French, and an explicit match always
/// offers support. A weak match (words that professional talk and idioms share) offers support unless a guard speaks
/// for professional talk or a figure of speech; then, as for a message the lexicon does not hear at all, the meaning
/// layer decides: the message's nearest crisis examples must be near enough, and nearer than its nearest ordinary ones.
/// It errs towards offering support: a false alarm costs a kind message, a miss could cost far more. It is stateless on
/// purpose, so an earlier "I'm fine" never silences it for later messages.
/// </remarks>
public sealed class CrisisDetector
{
    private const string ExamplesResource = "CoproBot.Dialogs.crisis-examples.txt";

    // Tuned on the development sets (see the Care data README): a message the lexicon does not hear is crisis when its
    // nearest crisis examples are near enough and clearly nearer than its nearest ordinary ones, or when one crisis
    // example is all but the same sentence. A weak match stands unless an ordinary example is clearly nearer.
    private const float NearEnough = 0.38f;
    private const float Margin = 0.10f;
    private const float CertainlyNear = 0.70f;
    private const float WeakOverruled = 0.05f;

    // The sentence model reads English; a single word ("skip", "4") carries too little meaning to weigh.
    private const int FewestWords = 3;

    // Enough sentences for a message in a chat; a pasted document is weighed on its first few.
    private const int MostSentences = 4;

    private static readonly Lazy<CrisisDetector> SharedInstance = new(() => new CrisisDetector(CrisisLexicon.Shipped, ShippedExamples(SharedSentenceModel.Instance)));

    private readonly CrisisLexicon _lexicon;
    private readonly ExampleBank? _examples;

    /// <param name="lexicon">The words of crisis and their guards.</param>
    /// <param name="examples">Crisis and ordinary examples for the meaning layer, or null to use the lexicon alone.</param>
    public CrisisDetector(CrisisLexicon lexicon, ExampleBank? examples)
    {
        _lexicon = lexicon;
        _examples = examples;
    }

    /// <summary>The detector of this process, with the shipped lexicon and examples and the shared sentence model.</summary>
    public static CrisisDetector Shared => SharedInstance.Value;

    /// <summary>The crisis and ordinary examples shipped with CoproBot, embedded by <paramref name="embedder"/> on first use.</summary>
    public static ExampleBank ShippedExamples(ISentenceEmbedder embedder)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ExamplesResource)
            ?? throw new InvalidOperationException($"The crisis examples resource {ExamplesResource} is missing.");
        using var reader = new StreamReader(stream);
        return new ExampleBank(embedder, ParseExamples(reader.ReadToEnd()));
    }

    public static IReadOnlyList<(string Label, string Text)> ParseExamples(string text)
    {
        var examples = new List<(string, string)>();
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
            if (parts.Length != 2 || parts[0] is not ("crisis" or "ordinary") || parts[1].Trim().Length == 0)
            {
                throw new FormatException($"Crisis examples line {lineNumber}: expected crisis or ordinary, a tab, and the text.");
            }

            examples.Add((parts[0], parts[1].Trim()));
        }

        return examples;
    }

    /// <summary>Embeds the examples now, so the first message does not wait for the model.</summary>
    public void Warm() => _examples?.Warm();

    public CrisisReading Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CrisisReading.Nothing;
        }

        // Someone else's words, quoted in professional talk ("a service user told us 'I felt like a burden'"), are heard
        // as weak: the meaning of the whole message decides.
        var own = ReportedSpeech.Without(text);
        var match = _lexicon.Match(own);
        if (match.Strength == CrisisStrength.Explicit)
        {
            return new CrisisReading(true, "lexicon", match.Kind, null);
        }

        if (match.Strength == CrisisStrength.None && own.Length != text.Length && _lexicon.Match(text) is { Strength: not CrisisStrength.None } quoted)
        {
            match = new LexiconMatch(CrisisStrength.Weak, quoted.Kind, Guarded: true);
        }

        if (match.Strength == CrisisStrength.Weak)
        {
            // The words the lexicon heard are weighed in the message as a whole, where their context is.
            var nearness = Nearness(own, bySentence: false);
            var stands = nearness is null
                ? !match.Guarded
                : match.Guarded ? nearness.Value.Crisis.Best > nearness.Value.Ordinary.Best : nearness.Value.Ordinary.Best - nearness.Value.Crisis.Best <= WeakOverruled;
            return new CrisisReading(stands, nearness is null ? "lexicon" : "meaning", match.Kind, nearness?.Crisis.Best);
        }

        if (Nearness(own, bySentence: true) is not { } near)
        {
            return CrisisReading.Nothing;
        }

        var isCrisis = near.Crisis.Best >= CertainlyNear
            || (near.Crisis.Mean >= NearEnough && near.Crisis.Mean - near.Ordinary.Mean >= Margin && near.Crisis.Best > near.Ordinary.Best);
        return new CrisisReading(isCrisis, "meaning", null, near.Crisis.Best);
    }

    // A disclosure inside a longer message ("Can someone cover my 4pm? Also I'm not ok ...") is diluted by the work talk
    // around it, so each sentence is weighed as well as the whole, and the one nearest to crisis speaks for the message.
    private (LabelNearness Crisis, LabelNearness Ordinary)? Nearness(string text, bool bySentence)
    {
        if (_examples is null || LanguageGuess.Of(text) == "fr" || WordCount(text) < FewestWords || (bySentence && !Weighable(text)))
        {
            return null;
        }

        (LabelNearness Crisis, LabelNearness Ordinary)? nearest = null;
        foreach (var part in bySentence ? Sentences(text) : [text])
        {
            var nearness = _examples.Nearness(_examples.Embedder.Embed(part));
            var candidate = (nearness["crisis"], nearness["ordinary"]);
            if (nearest is null || Lean(candidate) > Lean(nearest.Value))
            {
                nearest = candidate;
            }
        }

        return nearest;
    }

    // A question about the work that names no one ("which case is peer-led?") is no disclosure; a statement always is
    // weighed, however it is phrased.
    private bool Weighable(string text) => !IsQuestion(text) || _lexicon.IsAboutSomeone(text);

    private static bool IsQuestion(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith('?'))
        {
            return true;
        }

        var first = trimmed.Split(' ', 2)[0].ToLowerInvariant();
        return first is "what" or "which" or "who" or "whom" or "whose" or "how" or "why" or "where" or "when" or "is" or "are" or "does"
            or "do" or "can" or "could" or "tell" or "show" or "list" or "compare" or "describe" or "explain";
    }

    private static float Lean((LabelNearness Crisis, LabelNearness Ordinary) nearness) => nearness.Crisis.Mean - nearness.Ordinary.Mean;

    private static IEnumerable<string> Sentences(string text)
    {
        yield return text;
        var parts = text.Split(['.', '!', '?', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => WordCount(p) >= FewestWords)
            .ToList();
        if (parts.Count > 1)
        {
            foreach (var part in parts.Take(MostSentences))
            {
                yield return part;
            }
        }
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
