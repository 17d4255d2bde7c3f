using System.IO.Compression;
using System.Text.Json.Nodes;

namespace CoproBot.Bot.Teams;

/// <summary>Builds the Teams app package (manifest, its French language file and icons in a zip) with the bot's app id filled in.</summary>
public static class TeamsAppPackage
{
    public const string DefaultWebsite = "https://github.com/coprobot";

    /// <summary>The manifest template and icons, copied beside the app at build time.</summary>
    public static string TemplateDirectory => Path.Combine(AppContext.BaseDirectory, "TeamsApp");

    public static void Build(Guid botId, string websiteUrl, string outputPath, string? templateDirectory = null)
    {
        if (!Uri.TryCreate(websiteUrl, UriKind.Absolute, out var website) || website.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("The website must be an absolute https URL.", nameof(websiteUrl));
        }

        var directory = templateDirectory ?? TemplateDirectory;
        var manifest = File.ReadAllText(Path.Combine(directory, "manifest.json"))
            .Replace("{{BOT_ID}}", botId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{WEBSITE_URL}}", website.GetLeftPart(UriPartial.Path).TrimEnd('/'), StringComparison.Ordinal);

        // A placeholder left over would make Teams refuse the upload with a far less helpful message.
        if (manifest.Contains("{{", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The manifest template has a placeholder this command does not fill.");
        }

        _ = JsonNode.Parse(manifest);
        var fullOutput = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullOutput)!);
        File.Delete(fullOutput);
        using var zip = ZipFile.Open(fullOutput, ZipArchiveMode.Create);
        var entry = zip.CreateEntry("manifest.json");
        using (var writer = new StreamWriter(entry.Open()))
        {
            writer.Write(manifest);
        }

        // The French names and descriptions Teams shows a French client (the manifest's localizationInfo names the file).
        zip.CreateEntryFromFile(Path.Combine(directory, "fr.json"), "fr.json");
        zip.CreateEntryFromFile(Path.Combine(directory, "color.png"), "color.png");
        zip.CreateEntryFromFile(Path.Combine(directory, "outline.png"), "outline.png");
    }
}
