namespace CoproBot.Knowledge.Import;

/// <summary>One reason a file was rejected, with the 1-based line it was found on.</summary>
public sealed record KnowledgeError(int Line, KnowledgeErrorKind Kind, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
