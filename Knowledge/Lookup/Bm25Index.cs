using System.Collections.Frozen;

namespace CoproBot.Knowledge.Lookup;

/// <summary>One search hit: a case feature and how well it matched.</summary>
/// <remarks>Coverage is the share of the question's content (by term weight) that the cell contains, in [0,1].</remarks>
internal readonly record struct SearchHit(int Document, double Score, double Coverage);

/// <summary>Okapi BM25 over the stemmed words of each case feature; small enough to score every document.</summary>
internal sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly FrozenDictionary<string, int>[] _termCounts;
    private readonly int[] _lengths;
    private readonly double _averageLength;
    private readonly FrozenDictionary<string, double> _idf;
    private readonly double _unknownIdf;

    public Bm25Index(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        _termCounts = documents.Select(d => d.GroupBy(t => t, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)).ToArray();
        _lengths = documents.Select(d => d.Count).ToArray();
        _averageLength = Math.Max(1, _lengths.DefaultIfEmpty(0).Average());
        var n = documents.Count;
        _idf = _termCounts.SelectMany(c => c.Keys).GroupBy(t => t, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Idf(n, g.Count()), StringComparer.Ordinal);

        // A word no case uses counts against a match, but less than a rare word that one case does use.
        _unknownIdf = Idf(n, 0) / 2;
    }

    public int Count => _lengths.Length;

    public bool Contains(string term) => _idf.ContainsKey(term);

    public bool Contains(int document, string term) => _termCounts[document].ContainsKey(term);

    /// <summary>How rare a term is, from 0 (every document has it) to 1 (one document has it).</summary>
    public double Rarity(string term) => _idf.TryGetValue(term, out var idf) ? idf / Idf(Count, 1) : 0;

    /// <summary>How many documents hold <paramref name="term"/>: a word most cells use says little about which one is meant.</summary>
    public int DocumentsWith(string term) => _termCounts.Count(c => c.ContainsKey(term));

    /// <summary>Scores the documents <paramref name="allowed"/> lets through, best first.</summary>
    public List<SearchHit> Search(IReadOnlyCollection<string> terms, Func<int, bool> allowed)
    {
        var hits = new List<SearchHit>();
        if (terms.Count == 0)
        {
            return hits;
        }

        var totalWeight = terms.Sum(t => _idf.GetValueOrDefault(t, _unknownIdf));
        for (var d = 0; d < _termCounts.Length; d++)
        {
            if (!allowed(d))
            {
                continue;
            }

            double score = 0, matched = 0;
            foreach (var term in terms)
            {
                if (_termCounts[d].TryGetValue(term, out var tf))
                {
                    var idf = _idf[term];
                    score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * _lengths[d] / _averageLength));
                    matched += idf;
                }
            }

            if (score > 0)
            {
                hits.Add(new SearchHit(d, score, matched / totalWeight));
            }
        }

        hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        return hits;
    }

    private static double Idf(int documents, int containing) => Math.Log(1 + ((documents - containing + 0.5) / (containing + 0.5)));
}
