using System.Globalization;
using System.Text;

namespace CoproBot.Knowledge.Import;

/// <summary>Turns names into stable ids: "Making Recovery Real" becomes <c>making-recovery-real</c>.</summary>
public static class Slug
{
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            // Parenthesised asides such as "question(s)" are not part of the name.
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (depth == 0 && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
