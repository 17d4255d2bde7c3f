using System.Globalization;
using System.Text;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Import;

/// <summary>Writes the source-table format, so an export can be edited and imported again.</summary>
public static class SourceTableWriter
{
    /// <remarks>A translation names its label cell and its word for "Case" in its own language ("Cas 1 ESTHER").</remarks>
    public static string Write(KnowledgeBase knowledge, string label = "Case features", string caseWord = "Case")
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var builder = new StringBuilder();
        builder.Append('\t').Append(label).Append('\n');
        foreach (var c in knowledge.Cases)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\t{caseWord} {c.Number} {c.Name}\n");
        }

        foreach (var feature in knowledge.Features)
        {
            builder.Append('\n').Append('\t').Append(feature.Title).Append('\n');
            foreach (var c in knowledge.Cases)
            {
                var cell = knowledge.Cell(c.Id, feature.Id);
                var body = cell.IsList ? string.Join('\n', cell.Items.Select(i => "· " + i)) : cell.Text;
                builder.Append('\t').Append(body).Append('\n');
            }
        }

        return builder.ToString();
    }
}
