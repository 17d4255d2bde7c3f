using System.Text.Json.Serialization;

namespace CoproBot.Knowledge.Eval;

/// <summary>One line of <c>ask --jsonl</c> output; out-of-scope questions have empty case and feature lists.</summary>
public sealed record BatchAnswer(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("cases")] IReadOnlyList<string> Cases,
    [property: JsonPropertyName("features")] IReadOnlyList<string> Features,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("confidence")] double Confidence);
