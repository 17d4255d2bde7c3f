using System.Diagnostics.CodeAnalysis;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Import;

/// <summary>A whole knowledge base, or the errors that rejected the file; never a part of one.</summary>
public sealed record KnowledgeReadResult(KnowledgeBase? Knowledge, IReadOnlyList<KnowledgeError> Errors)
{
    [MemberNotNullWhen(true, nameof(Knowledge))]
    public bool Succeeded => Knowledge is not null;

    public static KnowledgeReadResult Failed(IEnumerable<KnowledgeError> errors) =>
        new(null, errors.OrderBy(e => e.Line).ToList());

    public static KnowledgeReadResult Failed(int line, KnowledgeErrorKind kind, string message) =>
        new(null, [new KnowledgeError(line, kind, message)]);
}
