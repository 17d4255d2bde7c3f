using CoproBot.Knowledge.Meaning;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Lookup;

/// <summary>The vectors of everything a question can mean: every cell and its pieces, the feature paraphrases, the case descriptions and the out-of-scope requests.</summary>
/// <remarks>Embedded once per knowledge snapshot, on first use or when warmed; immutable after that and safe to share.</remarks>
internal sealed class MeaningIndex
{
    private readonly ISentenceEmbedder _embedder;
    private readonly Lazy<Vectors3> _vectors;

    public MeaningIndex(KnowledgeBase knowledge, ISentenceEmbedder embedder, MeaningData data)
    {
        _embedder = embedder;
        Units = CellUnits.Of(knowledge.Cells);
        Paraphrases = [.. data.FeatureParaphrases.Where(p => p.Language == "en" && knowledge.HasFeature(p.Id))];
        Descriptions = [.. data.CaseDescriptions.Where(d => d.Language == "en" && knowledge.HasCase(d.Id))];
        OffTopic = data.OffTopic;
        _vectors = new Lazy<Vectors3>(Embed, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<CellUnit> Units { get; }

    public IReadOnlyList<LabelledText> Paraphrases { get; }

    public IReadOnlyList<LabelledText> Descriptions { get; }

    public IReadOnlyList<string> OffTopic { get; }

    public ISentenceEmbedder Embedder => _embedder;

    public void Warm() => _ = _vectors.Value;

    public float[] Embed(string text) => _embedder.Embed(text);

    /// <summary>For each cell, how near its nearest piece is, and which piece that is.</summary>
    public (float Similarity, int Unit)[] Cells(ReadOnlySpan<float> question, int cellCount)
    {
        var best = new (float Similarity, int Unit)[cellCount];
        Array.Fill(best, (float.MinValue, -1));
        var vectors = _vectors.Value.Units;
        for (var u = 0; u < vectors.Length; u++)
        {
            var similarity = Vectors.Similarity(question, vectors[u]);
            var cell = Units[u].Cell;
            if (similarity > best[cell].Similarity)
            {
                best[cell] = (similarity, u);
            }
        }

        return best;
    }

    /// <summary>For each feature id, the similarity of its nearest paraphrase.</summary>
    public Dictionary<string, float> Features(ReadOnlySpan<float> question) => Nearest(question, Paraphrases, _vectors.Value.Paraphrases);

    /// <summary>For each case id, the similarity of its nearest description.</summary>
    public Dictionary<string, float> Cases(ReadOnlySpan<float> question) => Nearest(question, Descriptions, _vectors.Value.Descriptions);

    /// <summary>The similarity of the nearest request that the cases cannot answer.</summary>
    public float OffTopicNearness(ReadOnlySpan<float> question)
    {
        var best = float.MinValue;
        foreach (var vector in _vectors.Value.OffTopic)
        {
            best = Math.Max(best, Vectors.Similarity(question, vector));
        }

        return best;
    }

    private static Dictionary<string, float> Nearest(ReadOnlySpan<float> question, IReadOnlyList<LabelledText> texts, float[][] vectors)
    {
        var nearest = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < vectors.Length; i++)
        {
            var similarity = Vectors.Similarity(question, vectors[i]);
            if (!nearest.TryGetValue(texts[i].Id, out var best) || similarity > best)
            {
                nearest[texts[i].Id] = similarity;
            }
        }

        return nearest;
    }

    private Vectors3 Embed() => new(
        [.. _embedder.Embed([.. Units.Select(u => u.Text)])],
        [.. _embedder.Embed([.. Paraphrases.Select(p => p.Text)])],
        [.. _embedder.Embed([.. Descriptions.Select(d => d.Text)])],
        [.. _embedder.Embed([.. OffTopic])]);

    private sealed record Vectors3(float[][] Units, float[][] Paraphrases, float[][] Descriptions, float[][] OffTopic);
}
