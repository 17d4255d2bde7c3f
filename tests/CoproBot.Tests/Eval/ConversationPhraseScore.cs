using System.Globalization;
using System.Text;

namespace CoproBot.Tests.Eval;

/// <summary>Accuracy over a set of conversation phrases: overall, per context, per meaning, per language, and the failures.</summary>
internal sealed class ConversationPhraseScore
{
    private readonly List<(ConversationPhrase Row, string ActedOn)> _results = [];

    public int Total => _results.Count;

    public int Correct => _results.Count(r => r.Row.Meaning == r.ActedOn);

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public void Add(ConversationPhrase row, string actedOn) => _results.Add((row, actedOn));

    public string Report(string name)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{name}: {Correct}/{Total} = {Accuracy:P1}");
        Breakdown(text, "context", r => r.Row.Context);
        Breakdown(text, "meaning", r => r.Row.Meaning);
        Breakdown(text, "language", r => r.Row.French ? "fr" : "en");
        var failures = _results.Where(r => r.Row.Meaning != r.ActedOn).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"failures ({failures.Count}):");
        foreach (var (row, actedOn) in failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  line {row.Line} [{row.Context}] \"{row.Text}\": expected {row.Meaning}, acted on {actedOn}");
        }

        return text.ToString();
    }

    private void Breakdown(StringBuilder text, string by, Func<(ConversationPhrase Row, string ActedOn), string> key)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"by {by}:");
        foreach (var group in _results.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var correct = group.Count(r => r.Row.Meaning == r.ActedOn);
            text.AppendLine(CultureInfo.InvariantCulture, $"  {group.Key,-24} {correct,3}/{group.Count(),-3} {(double)correct / group.Count(),7:P1}");
        }
    }
}
