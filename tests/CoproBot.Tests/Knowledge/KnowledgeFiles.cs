using CoproBot.Knowledge.Import;

namespace CoproBot.Tests.Knowledge;

/// <summary>Knowledge files for tests, built from the shipped source table so they stay in step with it.</summary>
internal static class KnowledgeFiles
{
    public static string Source => ShippedKnowledge.SourceText;

    /// <summary>The shipped table with a fourth case, Peer Kitchen, added as a column.</summary>
    public static string WithFourthCase()
    {
        var blocks = Source.TrimEnd().Split("\n\n");
        var extended = blocks.Select((block, i) => i == 0
            ? block + "\n\tCase 4 Peer Kitchen"
            : block + "\n\t" + PeerKitchen[i - 1]);
        return string.Join("\n\n", extended) + "\n";
    }

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in the shipped table.</summary>
    public static string SourceWith(string find, string replace)
    {
        var index = Source.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"The shipped table no longer contains '{find}'.");
        return Source[..index] + replace + Source[(index + find.Length)..];
    }

    /// <summary>The 1-based line of the first line containing <paramref name="text"/> in <paramref name="file"/>.</summary>
    public static int LineOf(string file, string text) =>
        file.Split('\n').Select((line, i) => (line, i)).First(l => l.line.Contains(text, StringComparison.Ordinal)).i + 1;

    private static readonly string[] PeerKitchen =
    [
        "People living alone on low incomes",
        "Cooks and diners plan the weekly menu together with the kitchen staff.",
        "What would make a shared meal feel like home?",
        "· Everyone eats together\n· Pay what you can",
        "Cheap shared meals reach people that food banks miss.",
    ];
}
