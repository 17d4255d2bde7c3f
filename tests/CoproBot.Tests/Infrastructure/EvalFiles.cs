namespace CoproBot.Tests.Infrastructure;

/// <summary>Reads the tab-separated evaluation sets copied beside the tests from <c>Eval/</c>.</summary>
public static class EvalFiles
{
    public static string PathOf(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Eval", file);

    /// <summary>The data rows of <paramref name="file"/> (comments and blank lines skipped), each with <paramref name="columns"/> fields.</summary>
    public static IReadOnlyList<string[]> Rows(string file, int columns)
    {
        var path = PathOf(file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The evaluation set {file} is missing from the test output.", path);
        }

        var rows = new List<string[]>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < columns)
            {
                throw new FormatException($"{file} line {lineNumber} has {fields.Length} fields, not {columns}.");
            }

            rows.Add(fields);
        }

        return rows;
    }
}
