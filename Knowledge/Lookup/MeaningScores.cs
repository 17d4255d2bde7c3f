namespace CoproBot.Knowledge.Lookup;

/// <summary>How near one question is to each cell, each feature and the out-of-scope requests, by meaning and by words together.</summary>
/// <remarks>
/// Meaning is the cosine with the nearest piece of a cell or the nearest paraphrase of a feature; words are the share
/// of the question's content words that one cell holds (BM25 coverage). The weights were set on the development
/// questions and are the same for every case and feature.
/// </remarks>
internal sealed class MeaningScores
{
    // A feature's own paraphrases speak for it; its cell's text, and words the question shares with it, add to that.
    private const float CellWeight = 0.3f;
    private const float WordWeight = 0.3f;

    // Which cell a content question is about: mostly what the cell says, a little how the question is put.
    private const float ParaphraseWeight = 0.25f;

    private readonly LookupIndex _index;
    private readonly (float Similarity, int Unit)[] _cells;
    private readonly double[] _coverage;

    public MeaningScores(LookupIndex index, float[] question, IReadOnlyCollection<string> terms)
    {
        _index = index;
        var meaning = index.Meaning!;
        _cells = meaning.Cells(question, index.DocumentCase.Length);
        Paraphrases = meaning.Features(question);
        OffTopic = meaning.OffTopicNearness(question);
        _coverage = new double[index.DocumentCase.Length];
        // A word many cells use ("people", "recovery") says less about which one is meant than a rare one ("feedback").
        foreach (var hit in index.Search.Search(terms, _ => true))
        {
            var matched = terms.Where(t => index.Search.Contains(hit.Document, t)).ToList();
            _coverage[hit.Document] = hit.Coverage * matched.Average(index.Search.Rarity);
        }
    }

    public Dictionary<string, float> Paraphrases { get; }

    public float OffTopic { get; }

    public float CellMeaning(int cell) => _cells[cell].Similarity;

    public double Coverage(int cell) => _coverage[cell];

    public CellUnit Unit(int cell) => _index.Meaning!.Units[_cells[cell].Unit];

    public float Paraphrase(string featureId) => Paraphrases.GetValueOrDefault(featureId, 0f);

    /// <summary>The features of the given cases, best first, each scored on its paraphrases, its cells' meaning and their words.</summary>
    public List<(string FeatureId, double Score)> Features(IReadOnlyCollection<string> caseIds)
    {
        var scores = new List<(string, double)>();
        foreach (var feature in _index.Knowledge.Features)
        {
            var cells = caseIds.Select(c => _index.Cell(c, feature.Id)).Where(d => d >= 0).ToList();
            var meaning = cells.Count == 0 ? 0 : cells.Max(d => _cells[d].Similarity);
            var words = cells.Count == 0 ? 0 : cells.Max(d => _coverage[d]);
            scores.Add((feature.Id, Paraphrase(feature.Id) + (CellWeight * meaning) + (WordWeight * words)));
        }

        scores.Sort((a, b) => b.Item2.CompareTo(a.Item2));
        return scores;
    }

    /// <summary>The cells <paramref name="allowed"/> lets through, best first, scored on what they say and on the words they share with the question.</summary>
    public List<(int Cell, double Score)> Cells(Func<int, bool> allowed)
    {
        var scores = new List<(int, double)>();
        for (var d = 0; d < _cells.Length; d++)
        {
            if (allowed(d))
            {
                scores.Add((d, _cells[d].Similarity + (WordWeight * _coverage[d]) + (ParaphraseWeight * Paraphrase(_index.FeatureId(d)))));
            }
        }

        scores.Sort((a, b) => b.Item2.CompareTo(a.Item2));
        return scores;
    }
}
