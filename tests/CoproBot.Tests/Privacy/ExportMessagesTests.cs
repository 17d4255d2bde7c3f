using System.Globalization;
using System.Text;
using CoproBot.Bot.Privacy.Export;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Tests.Privacy;

public sealed class ExportMessagesTests
{
    [Fact]
    public void AShortExportIsOneMessageAsItIs()
    {
        Assert.Equal(["# Your data\n\nNothing yet."], ExportMessages.Split("# Your data\n\nNothing yet.", Language.English));
    }

    [Fact]
    public void ALongExportArrivesWholeInNumberedPartsEachWithinTheLimitAndCodeBlocksClosed()
    {
        var text = new StringBuilder("# Your data in CoproBot\n\n");
        for (var i = 0; i < 60; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"### Reflection {i}\n\n- **Answer**: {string.Join(' ', Enumerable.Repeat($"word{i}", 40))}\n\n");
        }

        text.Append("```json\n{\n").Append(string.Join(",\n", Enumerable.Range(0, 900).Select(i => $"  \"line{i}\": \"value {i}\""))).Append("\n}\n```\n\nThe end.\n");

        var parts = ExportMessages.Split(text.ToString(), Language.English, limit: 4000);

        Assert.True(parts.Count > 3);
        Assert.All(parts, part => Assert.True(part.Length <= 4000, $"A part of {part.Length} characters."));
        Assert.All(parts, part => Assert.True(part.Split('\n').Count(l => l.StartsWith("```", StringComparison.Ordinal)) % 2 == 0, "A part leaves a code block open."));
        Assert.Equal($"_Part 1 of {parts.Count}_", parts[0].Split('\n')[0]);
        Assert.Equal($"_Part {parts.Count} of {parts.Count}_", parts[^1].Split('\n')[0]);

        // Every word of the original is there, in order, once the part headings and repeated fences are taken off.
        var joined = string.Join(' ', parts.Select(p => string.Join('\n', p.Split('\n').Skip(2))));
        Assert.Equal(Words(text.ToString()), Words(joined));
    }

    private static string[] Words(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("```", StringComparison.Ordinal)).ToArray();
}
