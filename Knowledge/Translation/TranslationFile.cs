using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Translation;

/// <summary>Reads and writes a translation: the source table (its header cells "Cas 1 ESTHER") or JSON, checked against the original.</summary>
public static class TranslationFile
{
    /// <summary>The label cell of an exported French table, saying what the file is.</summary>
    public const string FrenchLabel = "Caractéristiques des cas (traduction française du tableau source ; l'original anglais fait foi)";

    public static KnowledgeReadResult Read(string text, KnowledgeFormat format, KnowledgeBase original)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(original);

        // The curated vocabulary maps the translated titles to the original's feature ids; the aliases and synonyms it adds
        // are never read, since questions are read against the original.
        var read = KnowledgeFile.Read(text, format, CuratedVocabulary.Shipped);
        if (!read.Succeeded)
        {
            return read;
        }

        var errors = TranslationCheck.Against(read.Knowledge, original, text);
        return errors.Count > 0 ? KnowledgeReadResult.Failed(errors) : read;
    }

    public static async Task<KnowledgeReadResult> ReadAsync(string path, KnowledgeBase original, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Read(text, KnowledgeFile.FormatOf(path), original);
    }

    public static string Write(KnowledgeTranslation translation, KnowledgeFormat format)
    {
        ArgumentNullException.ThrowIfNull(translation);
        return format == KnowledgeFormat.SourceTable && translation.Language == KnowledgeLanguages.French
            ? SourceTableWriter.Write(translation.Text, FrenchLabel, "Cas")
            : KnowledgeFile.Write(translation.Text, format);
    }

    public static Task WriteAsync(KnowledgeTranslation translation, string path, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(path, Write(translation, KnowledgeFile.FormatOf(path)), cancellationToken);
}
