using System.Text.Encodings.Web;
using System.Text.Json;
using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Catalog;

namespace CoproBot.Knowledge.Eval;

/// <summary>Answers questions in bulk, one JSON object per line, for <c>ask --jsonl</c> and the eval.</summary>
public sealed class BatchAsker(KnowledgeSnapshot snapshot)
{
    private static readonly JsonSerializerOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public BatchAnswer Ask(string question)
    {
        var answer = snapshot.Ask(question);
        return new BatchAnswer(question, answer.Lookup.CaseIds, answer.Lookup.FeatureIds, MarkdownAnswerRenderer.Render(answer), answer.Lookup.Confidence);
    }

    /// <summary>Reads one question per line (plain text, or a JSON object with "question") and writes one answer per line.</summary>
    /// <returns>How many questions were answered.</returns>
    public async Task<int> AskJsonLinesAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var question = QuestionOf(line);
            if (question.Length == 0)
            {
                continue;
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(Ask(question), LineOptions).AsMemory(), cancellationToken);
            count++;
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }

    private static string QuestionOf(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('{'))
        {
            return trimmed;
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed);
            return document.RootElement.TryGetProperty("question", out var question) ? question.GetString()?.Trim() ?? string.Empty : string.Empty;
        }
        catch (JsonException)
        {
            return trimmed;
        }
    }
}
