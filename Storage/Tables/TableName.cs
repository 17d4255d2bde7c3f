using System.Text.RegularExpressions;

namespace CoproBot.Storage.Tables;

/// <summary>Checks logical table names, which every backend must accept once prefixed.</summary>
public static partial class TableName
{
    public static string Validate(string table)
    {
        if (!Pattern().IsMatch(table))
        {
            throw new ArgumentException($"'{table}' is not a valid table name: use 3 to 40 lower-case letters and digits, starting with a letter.", nameof(table));
        }

        return table;
    }

    [GeneratedRegex("^[a-z][a-z0-9]{2,39}$")]
    private static partial Regex Pattern();
}
