namespace CoproBot.Knowledge.Meaning;

/// <summary>Labelled example sentences and their vectors: how near a message is to each label's nearest examples.</summary>
/// <remarks>The examples are embedded once, on first use, so building a bank costs nothing until it is asked.</remarks>
public sealed class ExampleBank
{
    private readonly ISentenceEmbedder _embedder;
    private readonly IReadOnlyList<(string Label, string Text)> _examples;
    private readonly Lazy<float[][]> _vectors;

    public ExampleBank(ISentenceEmbedder embedder, IReadOnlyList<(string Label, string Text)> examples)
    {
        _embedder = embedder;
        _examples = examples;
        _vectors = new Lazy<float[][]>(() => [.. embedder.Embed([.. examples.Select(e => e.Text)])], LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public int Count => _examples.Count;

    public ISentenceEmbedder Embedder => _embedder;

    /// <summary>Embeds every example now, so the first message does not wait for it.</summary>
    public void Warm() => _ = _vectors.Value;

    /// <summary>For each label, the similarity of its nearest example and the mean of its <paramref name="nearest"/> nearest.</summary>
    public IReadOnlyDictionary<string, LabelNearness> Nearness(ReadOnlySpan<float> vector, int nearest = 2)
    {
        var byLabel = new Dictionary<string, List<(float Similarity, int Index)>>(StringComparer.Ordinal);
        var vectors = _vectors.Value;
        for (var i = 0; i < vectors.Length; i++)
        {
            var label = _examples[i].Label;
            if (!byLabel.TryGetValue(label, out var list))
            {
                byLabel[label] = list = [];
            }

            list.Add((Vectors.Similarity(vector, vectors[i]), i));
        }

        var result = new Dictionary<string, LabelNearness>(StringComparer.Ordinal);
        foreach (var (label, list) in byLabel)
        {
            list.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
            var top = list.Take(nearest).ToList();
            result[label] = new LabelNearness(top[0].Similarity, top.Average(t => t.Similarity), _examples[top[0].Index].Text);
        }

        return result;
    }
}
