using System.Text.Json;

namespace CoproBot.Dialogs.Understanding;

/// <summary>CoproBot's one vocabulary of meanings, in English and French, kept as data (<c>meanings.json</c>).</summary>
public sealed class MeaningVocabulary
{
    private const string Resource = "CoproBot.Dialogs.meanings.json";
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
    private static readonly Lazy<MeaningVocabulary> ShippedVocabulary = new(LoadShipped);
    private static readonly Awaiting[] Reflecting = [Awaiting.Question, Awaiting.Place, Awaiting.Rating, Awaiting.Note];
    private readonly Dictionary<MeaningEntry, int> _order;
    private readonly Dictionary<Awaiting, IReadOnlyList<MeaningKind>> _meaningsIn;

    private MeaningVocabulary(VocabularyFile file)
    {
        Fillers = Words(file.Fillers);
        LeadIns = Index((file.LeadIns ?? []).Select(CuePhrase.Parse));
        Times = Index((file.Times ?? []).Select(CuePhrase.Parse));
        Ratings = new RatingWords((file.Ratings ?? []).SelectMany(r => r.Phrases.Select(p => (CuePhrase.Parse(p), r.Score))));
        Entries = [.. (file.Meanings ?? []).Select(Entry)];
        _order = Entries.Select((entry, i) => (entry, i)).ToDictionary(p => p.entry, p => p.i);
        ByContext = Enum.GetValues<Awaiting>().ToDictionary(a => a, a => new CueIndex<MeaningEntry>(Entries.Where(e => e.Contexts.Contains(a)).SelectMany(e => e.Cues.Select(c => (e, c)))));
        _meaningsIn = Enum.GetValues<Awaiting>().ToDictionary(a => a, a => (IReadOnlyList<MeaningKind>)[.. Entries.Where(e => e.Contexts.Contains(a)).Select(e => e.Kind).Distinct()]);
    }

    /// <summary>The vocabulary embedded in this assembly.</summary>
    public static MeaningVocabulary Shipped => ShippedVocabulary.Value;

    internal IReadOnlySet<string> Fillers { get; }

    internal CueIndex<CuePhrase> LeadIns { get; }

    internal CueIndex<CuePhrase> Times { get; }

    internal RatingWords Ratings { get; }

    internal IReadOnlyList<MeaningEntry> Entries { get; }

    internal IReadOnlyDictionary<Awaiting, CueIndex<MeaningEntry>> ByContext { get; }

    /// <summary>Reads a vocabulary file; the shipped one is <see cref="Shipped"/>.</summary>
    public static MeaningVocabulary Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<VocabularyFile>(json, Options) ?? throw new InvalidDataException("The meaning vocabulary is empty.");
        return new MeaningVocabulary(file);
    }

    /// <summary>The meanings a message can have in a context.</summary>
    public IReadOnlyList<MeaningKind> MeaningsIn(Awaiting awaiting) => _meaningsIn[awaiting];

    /// <summary>Where a meaning stands in the file, for the last tie-break between two readings.</summary>
    internal int Order(MeaningEntry entry) => _order[entry];

    private static CueIndex<CuePhrase> Index(IEnumerable<CuePhrase> phrases) => new(phrases.Select(p => (p, p)));

    /// <summary>The phrases that say a meaning, as written in the file.</summary>
    public IReadOnlyList<string> Phrases(MeaningKind kind) => [.. Entries.Where(e => e.Kind == kind).SelectMany(e => e.Cues).Select(c => c.Source)];

    /// <summary>Labelled example sentences of a meaning, for a reading by similarity.</summary>
    public IReadOnlyList<string> Examples(MeaningKind kind) => [.. Entries.Where(e => e.Kind == kind).SelectMany(e => e.Examples)];

    private static MeaningEntry Entry(MeaningFile meaning)
    {
        var kind = Enum.TryParse<MeaningKind>(meaning.Meaning.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed)
            ? parsed
            : throw new InvalidDataException($"The meaning vocabulary names an unknown meaning '{meaning.Meaning}'.");
        var contexts = new HashSet<Awaiting>();
        foreach (var context in meaning.Contexts ?? [])
        {
            if (context == "any")
            {
                contexts.UnionWith(Enum.GetValues<Awaiting>());
            }
            else if (context == "reflection")
            {
                contexts.UnionWith(Reflecting);
            }
            else
            {
                contexts.Add(Enum.TryParse<Awaiting>(context, ignoreCase: true, out var awaiting)
                    ? awaiting
                    : throw new InvalidDataException($"The meaning '{meaning.Meaning}' names an unknown context '{context}'."));
            }
        }

        var exact = meaning.Exact ?? contexts.SetEquals([Awaiting.Group]);
        return new MeaningEntry(
            kind, contexts, [.. (meaning.Cues ?? []).Select(CuePhrase.Parse)], Words(meaning.Support), meaning.Times ?? false, meaning.Prompt ?? false, exact, meaning.Examples ?? []);
    }

    private static HashSet<string> Words(IEnumerable<string>? phrases) =>
        new((phrases ?? []).SelectMany(p => MessageWords.Split(p)).Select(w => w.Text), StringComparer.Ordinal);

    private static MeaningVocabulary LoadShipped()
    {
        using var stream = typeof(MeaningVocabulary).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("The meaning vocabulary is not embedded in the Dialogs assembly.");
        return Load(stream);
    }

    private sealed record VocabularyFile(List<string>? Fillers, List<string>? LeadIns, List<string>? Times, List<RatingFile>? Ratings, List<MeaningFile>? Meanings);

    private sealed record RatingFile(int Score, List<string> Phrases);

    private sealed record MeaningFile(string Meaning, List<string>? Contexts, List<string>? Cues, List<string>? Support, bool? Times, bool? Prompt, bool? Exact, List<string>? Examples);
}
