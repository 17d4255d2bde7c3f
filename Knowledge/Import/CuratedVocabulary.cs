using System.Reflection;
using System.Text.Json;

namespace CoproBot.Knowledge.Import;

/// <summary>Extra aliases and synonyms kept as data, so the shipped cases are recognised by the words people use.</summary>
/// <remarks>Anything not listed here still gets ids and aliases derived from its names, so imports need no code change.</remarks>
public sealed class CuratedVocabulary
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<CuratedVocabulary> ShippedVocabulary = new(LoadShipped);

    private readonly Dictionary<string, FeatureEntry> _featuresByTitle;
    private readonly Dictionary<string, CaseEntry> _casesById;

    private CuratedVocabulary(IEnumerable<FeatureEntry> features, IEnumerable<CaseEntry> cases)
    {
        _featuresByTitle = features.ToDictionary(f => Normalize(f.Title), StringComparer.Ordinal);
        _casesById = cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The vocabulary embedded in this assembly.</summary>
    public static CuratedVocabulary Shipped => ShippedVocabulary.Value;

    /// <summary>No curated words: only what can be derived from names.</summary>
    public static CuratedVocabulary None { get; } = new([], []);

    /// <summary>The curated id for a feature title, if the title is a known one.</summary>
    public string? FeatureId(string title) => _featuresByTitle.TryGetValue(Normalize(title), out var entry) ? entry.Id : null;

    public IReadOnlyList<string> FeatureSynonyms(string title) =>
        _featuresByTitle.TryGetValue(Normalize(title), out var entry) ? entry.Synonyms : [];

    public IReadOnlyList<string> CaseAliases(string caseId) =>
        _casesById.TryGetValue(caseId, out var entry) ? entry.Aliases : [];

    private static string Normalize(string title) => Slug.From(title);

    private static CuratedVocabulary LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoproBot.Knowledge.curated-vocabulary.json")
            ?? throw new InvalidOperationException("The curated vocabulary is not embedded in the Knowledge assembly.");
        var file = JsonSerializer.Deserialize<VocabularyFile>(stream, Options)
            ?? throw new InvalidOperationException("The curated vocabulary is empty.");
        return new CuratedVocabulary(file.Features ?? [], file.Cases ?? []);
    }

    private sealed record VocabularyFile(List<FeatureEntry>? Features, List<CaseEntry>? Cases);

    private sealed record FeatureEntry(string Title, string Id, List<string> Synonyms);

    private sealed record CaseEntry(string Id, List<string> Aliases);
}
