using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Import;

/// <summary>Reads and writes knowledge files, choosing the format from the file name.</summary>
public static class KnowledgeFile
{
    /// <summary>.json is JSON, .md is Markdown, anything else is the source table.</summary>
    public static KnowledgeFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => KnowledgeFormat.Json,
        ".md" or ".markdown" => KnowledgeFormat.Markdown,
        _ => KnowledgeFormat.SourceTable,
    };

    public static KnowledgeReadResult Read(string text, KnowledgeFormat format, CuratedVocabulary vocabulary) => format switch
    {
        KnowledgeFormat.Json => KnowledgeJson.Read(text, vocabulary),
        KnowledgeFormat.SourceTable => SourceTableParser.Parse(text, vocabulary),
        _ => KnowledgeReadResult.Failed(1, KnowledgeErrorKind.Syntax, $"Knowledge cannot be imported from {format}; use the source table or JSON."),
    };

    public static async Task<KnowledgeReadResult> ReadAsync(string path, CuratedVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Read(text, FormatOf(path), vocabulary);
    }

    public static string Write(KnowledgeBase knowledge, KnowledgeFormat format) => format switch
    {
        KnowledgeFormat.Json => KnowledgeJson.Write(knowledge),
        KnowledgeFormat.Markdown => MarkdownTableWriter.Write(knowledge),
        _ => SourceTableWriter.Write(knowledge),
    };

    public static Task WriteAsync(KnowledgeBase knowledge, string path, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(path, Write(knowledge, FormatOf(path)), cancellationToken);
}
