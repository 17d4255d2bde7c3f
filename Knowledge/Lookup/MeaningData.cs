using System.Reflection;

namespace CoproBot.Knowledge.Lookup;

/// <summary>The curated words behind reading by meaning: feature paraphrases, case descriptions, requests that are out of scope, and the French glossary.</summary>
/// <remarks>
/// Rows are keyed by case and feature id, so knowledge imported with other ids simply goes without them and is read
/// from its own words. English rows are compared by meaning; French rows are read as words (see <see cref="FrenchReading"/>).
/// </remarks>
internal sealed class MeaningData
{
    private static readonly Lazy<MeaningData> ShippedData = new(() => new MeaningData(
        Rows(Read("feature-paraphrases.tsv"), 3),
        Rows(Read("case-descriptions.tsv"), 3),
        Rows(Read("off-topic-examples.tsv"), 1).Select(r => r[0]).ToList(),
        Rows(Read("french-glossary.tsv"), 2, allowEmptyLast: true).Select(r => (r[0], r[1])).ToList()));

    public MeaningData(IReadOnlyList<string[]> paraphrases, IReadOnlyList<string[]> descriptions, IReadOnlyList<string> offTopic, IReadOnlyList<(string French, string English)> glossary)
    {
        FeatureParaphrases = [.. paraphrases.Select(r => new LabelledText(r[0], r[1], r[2]))];
        CaseDescriptions = [.. descriptions.Select(r => new LabelledText(r[0], r[1], r[2]))];
        OffTopic = offTopic;
        Glossary = glossary;
    }

    public static MeaningData Shipped => ShippedData.Value;

    public IReadOnlyList<LabelledText> FeatureParaphrases { get; }

    public IReadOnlyList<LabelledText> CaseDescriptions { get; }

    public IReadOnlyList<string> OffTopic { get; }

    public IReadOnlyList<(string French, string English)> Glossary { get; }

    /// <summary>Tab-separated rows of exactly <paramref name="columns"/> columns; # starts a comment.</summary>
    public static List<string[]> Rows(string text, int columns, bool allowEmptyLast = false)
    {
        var rows = new List<string[]>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (allowEmptyLast && parts.Length == columns - 1)
            {
                parts = [.. parts, string.Empty];
            }

            if (parts.Length != columns || parts.Take(allowEmptyLast ? columns - 1 : columns).Any(p => p.Trim().Length == 0))
            {
                throw new FormatException($"Line {number} should have {columns} tab-separated columns.");
            }

            rows.Add([.. parts.Select(p => p.Trim())]);
        }

        return rows;
    }

    private static string Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"CoproBot.Knowledge.{file}")
            ?? throw new InvalidOperationException($"The meaning data file {file} is not embedded in the Knowledge assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>A curated phrase for a case or feature id, in English ("en") or French ("fr").</summary>
internal sealed record LabelledText(string Id, string Language, string Text);
