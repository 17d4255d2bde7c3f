using System.Reflection;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Import;

/// <summary>The source table embedded in this assembly: what a fresh store is seeded with.</summary>
public static class ShippedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Parsed = new(Load);

    public static string SourceText { get; } = ReadResource();

    public static KnowledgeBase Knowledge => Parsed.Value;

    private static KnowledgeBase Load()
    {
        var result = SourceTableParser.Parse(SourceText, CuratedVocabulary.Shipped);
        return result.Knowledge ?? throw new InvalidOperationException(
            "The shipped knowledge does not parse: " + string.Join("; ", result.Errors));
    }

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoproBot.Knowledge.coproduction-cases.txt")
            ?? throw new InvalidOperationException("The shipped source table is not embedded in the Knowledge assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
