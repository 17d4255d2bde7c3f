using CoproBot.Knowledge.Import;

namespace CoproBot.Knowledge.Catalog;

/// <summary>The outcome of an import: the new version, or why nothing changed (file errors, or another writer won).</summary>
public sealed record KnowledgeImportResult(KnowledgeVersion? Version, IReadOnlyList<KnowledgeError> Errors, bool Conflict)
{
    public bool Succeeded => Version is not null;
}
