using System.Collections.Frozen;

namespace CoproBot.Knowledge.Model;

/// <summary>An immutable, validated set of cases, features and the text of every case feature.</summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<(string CaseId, string FeatureId), CaseFeature> _cells;
    private readonly FrozenDictionary<string, CaseStudy> _casesById;
    private readonly FrozenDictionary<string, Feature> _featuresById;

    /// <summary>Builds a knowledge base; callers validate first (see <see cref="Import.KnowledgeValidator"/>).</summary>
    public KnowledgeBase(IReadOnlyList<CaseStudy> cases, IReadOnlyList<Feature> features, IReadOnlyList<CaseFeature> cells)
    {
        Cases = cases;
        Features = features;
        Cells = cells;
        _casesById = cases.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _featuresById = features.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        _cells = cells.ToFrozenDictionary(c => (c.CaseId, c.FeatureId));
    }

    public IReadOnlyList<CaseStudy> Cases { get; }

    public IReadOnlyList<Feature> Features { get; }

    /// <summary>One per case and feature, case by case in source order.</summary>
    public IReadOnlyList<CaseFeature> Cells { get; }

    public CaseStudy Case(string id) => _casesById[id];

    public Feature Feature(string id) => _featuresById[id];

    public bool HasCase(string id) => _casesById.ContainsKey(id);

    public bool HasFeature(string id) => _featuresById.ContainsKey(id);

    public CaseFeature Cell(string caseId, string featureId) => _cells[(caseId, featureId)];
}
