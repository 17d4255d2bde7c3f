using BenchmarkDotNet.Attributes;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Eval;
using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Lookup;

namespace CoproBot.Benchmarks;

/// <summary>Answers every eval question once per operation; divide the question count by the mean for questions per second.</summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private string[] _questions = [];
    private KnowledgeSnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        _questions = EvalSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "lookup-questions.tsv"))).Select(q => q.Question).ToArray();
        _snapshot = new KnowledgeSnapshot(ShippedKnowledge.Knowledge, new KnowledgeVersion(0, KnowledgeVersion.SeedSource, "bench", DateTimeOffset.UnixEpoch));

        // The number recognizer builds its models on first use; that belongs to start-up, not to a question.
        _snapshot.Lookup.Find("the second case");
    }

    [Benchmark(Baseline = true, Description = "Tokenise and spell-correct only")]
    public int Tokenise()
    {
        var count = 0;
        foreach (var question in _questions)
        {
            count += _snapshot.Lookup.CountTokens(question);
        }

        return count;
    }

    [Benchmark(Description = "Lookup (cases and features)")]
    public int Lookup()
    {
        var count = 0;
        foreach (var question in _questions)
        {
            count += _snapshot.Lookup.Find(question).CaseIds.Count;
        }

        return count;
    }

    [Benchmark(Description = "Lookup and compose the answer")]
    public int Ask()
    {
        var count = 0;
        foreach (var question in _questions)
        {
            count += _snapshot.Ask(question).Sections.Count;
        }

        return count;
    }

    [Benchmark(Description = "Build the snapshot (at start-up and import)")]
    public KnowledgeLookup BuildIndex() => new(_snapshot.Knowledge);
}
