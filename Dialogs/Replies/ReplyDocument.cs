using System.Globalization;
using System.Text;

namespace CoproBot.Dialogs.Replies;

/// <summary>A document a person asked to take away (a reflection, a session's summary, a template, their data).</summary>
/// <remarks>
/// Channels that take files attach <see cref="Content"/> as a file named <see cref="FileName"/>; every channel shows
/// <see cref="InMessage"/> after the reply's text, so the words are there to read in the chat whatever the channel.
/// </remarks>
/// <param name="Title">What it is, in a few words; the file's name is made from it.</param>
/// <param name="Format">Its format: "markdown", "csv" or "json".</param>
/// <param name="Content">The document itself, whole, as the file holds it.</param>
public sealed record ReplyDocument(string Title, string Format, string Content)
{
    private const int MaxNameLength = 60;

    /// <summary>What a message shows of the document; null shows <see cref="Content"/> itself.</summary>
    /// <remarks>A file can hold what a chat message cannot, such as the pictures drawn in a Markdown summary.</remarks>
    public string? InMessage { get; init; }

    /// <summary>The message's form of the document.</summary>
    public string Shown => InMessage ?? Content;

    /// <summary>A file name made of the title's letters and digits, without accents, and the format's extension.</summary>
    public string FileName => $"{Slug(Title)}.{Extension}";

    /// <summary>The file's media type.</summary>
    public string MediaType => Format switch
    {
        "markdown" => "text/markdown",
        "csv" => "text/csv",
        "json" => "application/json",
        _ => "text/plain",
    };

    private string Extension => Format switch
    {
        "markdown" => "md",
        "csv" => "csv",
        "json" => "json",
        _ => "txt",
    };

    private static string Slug(string title)
    {
        var name = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var slug = name.ToString().Trim('-');
        slug = slug.Length <= MaxNameLength ? slug : slug[..MaxNameLength].TrimEnd('-');
        return slug.Length == 0 ? "document" : slug;
    }
}
