using System.Text;
using System.Text.RegularExpressions;
using CoproBot.Dialogs.Group;
using CoproBot.Dialogs.Understanding;
using CoproBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CoproBot.Tests.Eval;

/// <summary>
/// Scores what a message in a running group session is read as, in English and French: a command, or a contribution
/// that must stay one. Run with <c>--logger "console;verbosity=detailed"</c> to see the figures.
/// </summary>
public sealed partial class GroupCommandEvalTests(ITestOutputHelper output)
{
    private const string File = "group-commands-own.tsv";

    [Fact]
    public void CoproBotsOwnGroupCommandsAreReadAtLeast95PercentCorrectlyInEachLanguage()
    {
        var reader = new GroupCommandReader(MeaningReader.Lexical);
        var rows = EvalFiles.Rows(File, columns: 3);
        var results = rows.Select(row => (Text: row[0], Expected: row[1], Language: row[2], Read: KebabOf(reader.Read(row[0]).Kind))).ToList();

        var report = new StringBuilder($"Group commands ({File}, CoproBot's own): {rows.Count} rows\n");
        foreach (var language in new[] { "en", "fr" })
        {
            var mine = results.Where(r => r.Language == language).ToList();
            var commands = mine.Where(r => r.Expected != "none").ToList();
            var contributions = mine.Where(r => r.Expected == "none").ToList();
            report.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                $"  {language}: {Share(mine.Count(Correct), mine.Count)} correct; commands {Share(commands.Count(Correct), commands.Count)}; contributions kept {Share(contributions.Count(Correct), contributions.Count)}");
        }

        foreach (var wrong in results.Where(r => !Correct(r)))
        {
            report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  wrong ({wrong.Language}): \"{wrong.Text}\" read as {wrong.Read}, expected {wrong.Expected}");
        }

        output.WriteLine(report.ToString());
        Assert.True(rows.Count >= 60, $"{File} should have at least 60 rows; it has {rows.Count}.");
        foreach (var language in new[] { "en", "fr" })
        {
            var mine = results.Where(r => r.Language == language).ToList();
            Assert.True(mine.Count(Correct) >= 0.95 * mine.Count, report.ToString());

            // A contribution taken for a command is lost to the group, so none may be.
            Assert.True(mine.Where(r => r.Expected == "none").All(Correct), report.ToString());
        }
    }

    private static bool Correct((string Text, string Expected, string Language, string Read) result) => result.Read == result.Expected;

    private static string Share(int correct, int of) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{correct}/{of} ({100.0 * correct / Math.Max(of, 1):0.0}%)");

    private static string KebabOf(GroupCommandKind kind) => Capital().Replace(kind.ToString(), "-$0").ToLowerInvariant();

    [GeneratedRegex("(?<!^)[A-Z]")]
    private static partial Regex Capital();
}
