namespace CoproBot.Knowledge.Import;

/// <summary>What a reader found in a file, with line numbers, before it is validated as a whole.</summary>
internal sealed class KnowledgeDraft
{
    public List<CaseDraft> Cases { get; } = [];

    public List<FeatureDraft> Features { get; } = [];

    public List<CellDraft> Cells { get; } = [];

    public List<KnowledgeError> Errors { get; } = [];

    public void Error(int line, KnowledgeErrorKind kind, string message) => Errors.Add(new KnowledgeError(line, kind, message));
}

internal sealed record CaseDraft(int Line, string Id, int Number, string Name, IReadOnlyList<string> Aliases);

internal sealed record FeatureDraft(int Line, string Id, string Title, IReadOnlyList<string> Synonyms);

internal sealed record CellDraft(int Line, string CaseId, string FeatureId, string? Text, IReadOnlyList<string> Items);
