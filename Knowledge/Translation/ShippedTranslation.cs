using System.Reflection;
using CoproBot.Knowledge.Import;

namespace CoproBot.Knowledge.Translation;

/// <summary>The French rendering of the source table embedded in this assembly: what a fresh store is seeded with.</summary>
/// <remarks>It is shipped with the source table beside it and taken as made from it; a release that changes one changes both.</remarks>
public static class ShippedTranslation
{
    private static readonly Lazy<KnowledgeTranslation> Parsed = new(Load);

    public static KnowledgeTranslation French => Parsed.Value;

    private static KnowledgeTranslation Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoproBot.Knowledge.coproduction-cases.fr.txt")
            ?? throw new InvalidOperationException("The shipped French rendering is not embedded in the Knowledge assembly.");
        using var reader = new StreamReader(stream);
        var result = TranslationFile.Read(reader.ReadToEnd(), KnowledgeFormat.SourceTable, ShippedKnowledge.Knowledge);
        return result.Succeeded
            ? new KnowledgeTranslation(KnowledgeLanguages.French, result.Knowledge, ShippedKnowledge.Knowledge)
            : throw new InvalidOperationException("The shipped French rendering does not match the source table: " + string.Join("; ", result.Errors));
    }
}
