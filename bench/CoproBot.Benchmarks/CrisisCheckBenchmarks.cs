using BenchmarkDotNet.Attributes;
using CoproBot.Dialogs.Care;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Meaning;

namespace CoproBot.Benchmarks;

/// <summary>
/// The crisis check, which runs on every message, against the lexical knowledge lookup of the same messages in the same
/// run. Each operation reads 64 different messages (crisis, ordinary talk and questions), numbered afresh each time,
/// so no text is ever read twice; divide the mean by 64 for one message.
/// </summary>
[MemoryDiagnoser]
public class CrisisCheckBenchmarks
{
    private const int MessagesPerOperation = 64;

    private string[] _texts = [];
    private KnowledgeSnapshot _snapshot = null!;
    private CrisisDetector _lexiconOnly = null!;
    private CrisisDetector _detector = null!;
    private MiniLmEmbedder _embedder = null!;
    private MiniLmEmbedder _fullPrecision = null!;
    private int _round;

    [GlobalSetup]
    public void Setup()
    {
        _texts = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "crisis-messages.tsv"))
            .Concat(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "lookup-questions.tsv")))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t')[0])
            .ToArray();
        _snapshot = new KnowledgeSnapshot(ShippedKnowledge.Knowledge, new KnowledgeVersion(0, KnowledgeVersion.SeedSource, "bench", DateTimeOffset.UnixEpoch));
        _snapshot.Lookup.Find("the second case");
        _embedder = MiniLmEmbedder.Shared;
        _fullPrecision = new MiniLmEmbedder(quantised: false);
        _fullPrecision.Embed("warm the full-precision model");
        _lexiconOnly = new CrisisDetector(CrisisLexicon.Shipped, examples: null);
        _detector = CrisisDetector.Shared;
        _detector.Warm();
    }

    [Benchmark(Baseline = true, Description = "Lexical knowledge lookup")]
    public int Lookup()
    {
        var count = 0;
        foreach (var text in Next())
        {
            count += _snapshot.Lookup.Find(text).CaseIds.Count;
        }

        return count;
    }

    [Benchmark(Description = "Crisis lexicon and guards only")]
    public int Lexicon()
    {
        var count = 0;
        foreach (var text in Next())
        {
            count += _lexiconOnly.Read(text).IsCrisis ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "Sentence embedding, full-precision model")]
    public float FullPrecisionEmbedding()
    {
        var sum = 0f;
        foreach (var text in Next())
        {
            sum += _fullPrecision.Embed(text)[0];
        }

        return sum;
    }

    [Benchmark(Description = "Sentence embedding, int8 model (the one CoproBot runs)")]
    public float Embedding()
    {
        var sum = 0f;
        foreach (var text in Next())
        {
            sum += _embedder.Embed(text)[0];
        }

        return sum;
    }

    [Benchmark(Description = "Whole crisis check (lexicon, guards, meaning)")]
    public int Detector()
    {
        var count = 0;
        foreach (var text in Next())
        {
            count += _detector.Read(text).IsCrisis ? 1 : 0;
        }

        return count;
    }

    // Every operation gets texts no earlier operation read, so nothing can be served from a cache of texts.
    private IEnumerable<string> Next()
    {
        var round = Interlocked.Increment(ref _round);
        for (var i = 0; i < MessagesPerOperation; i++)
        {
            yield return $"{_texts[(round * MessagesPerOperation + i) % _texts.Length]} ({round})";
        }
    }
}
