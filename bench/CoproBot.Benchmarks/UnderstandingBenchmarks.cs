using BenchmarkDotNet.Attributes;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Eval;
using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Meaning;

namespace CoproBot.Benchmarks;

/// <summary>A lookup with understanding (words, then meaning where words leave it uncertain) against the lexical lookup alone.</summary>
/// <remarks>
/// Each operation reads all 225 questions of the first and the realistic question sets once: varied texts, of which
/// the words settle some and meaning reads the rest. Nothing is cached by question text, so every question is read
/// (and, where needed, embedded) afresh. Divide the mean by 225 for one question.
/// </remarks>
[MemoryDiagnoser]
public class UnderstandingBenchmarks
{
    private static readonly string[] QuestionSets = ["lookup-questions.tsv", "lookup-questions-2.tsv"];

    private string[] _questions = [];
    private KnowledgeSnapshot _lexical = null!;
    private KnowledgeSnapshot _understanding = null!;

    [GlobalSetup]
    public void Setup()
    {
        _questions = [.. QuestionSets
            .SelectMany(f => EvalSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, f))))
            .Select(q => q.Question)];
        var version = new KnowledgeVersion(0, KnowledgeVersion.SeedSource, "bench", DateTimeOffset.UnixEpoch);
        _lexical = new KnowledgeSnapshot(ShippedKnowledge.Knowledge, version);
        _understanding = new KnowledgeSnapshot(ShippedKnowledge.Knowledge, version, embedder: MiniLmEmbedder.Shared);

        // Loading the model, embedding the cells and building the number recognizer belong to start-up, not to a question.
        _understanding.Lookup.Warm();
        _lexical.Lookup.Find("the second case");
        _understanding.Lookup.Find("the second case");
    }

    [Benchmark(Baseline = true, Description = "Lexical lookup (words only)")]
    public int Lexical()
    {
        var count = 0;
        foreach (var question in _questions)
        {
            count += _lexical.Lookup.Find(question).FeatureIds.Count;
        }

        return count;
    }

    [Benchmark(Description = "Lookup with understanding (words, then meaning)")]
    public int Understanding()
    {
        var count = 0;
        foreach (var question in _questions)
        {
            count += _understanding.Lookup.Find(question).FeatureIds.Count;
        }

        return count;
    }
}
