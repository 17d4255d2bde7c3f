using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Teams;

public sealed class TeamsAppPackageTests
{
    private const string BotId = "8f14e45f-ceea-467f-a0e6-3c0f1a2b3c4d";

    [Fact]
    public async Task ThePackageCommandWritesAZipWhoseManifestIsValidAndCarriesTheBotId()
    {
        var folder = Directory.CreateTempSubdirectory("coprobot-teams-").FullName;

        var (exitCode, _, error) = await BotProcess.RunAsync(["teams", "package", "--bot-id", BotId, "--out", "app.zip"], folder);

        Assert.True(exitCode == 0, error);
        using var zip = ZipFile.OpenRead(Path.Combine(folder, "app.zip"));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        AssertValidManifest(JsonNode.Parse(manifestStream)!, BotId);
        AssertPng(zip.GetEntry("color.png")!, 192);
        AssertPng(zip.GetEntry("outline.png")!, 32);
    }

    [Fact]
    public async Task ThePackageCommandRefusesABotIdThatIsNotAGuid()
    {
        var (exitCode, _, error) = await BotProcess.RunAsync(["teams", "package", "--bot-id", "not-a-guid"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("GUID", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheIconsInTheRepositoryHaveTheSizesTeamsRequires()
    {
        Assert.Equal((192, 192), PngSize(File.ReadAllBytes(RepositoryRoot.Combine("deployment", "teams", "color.png"))));
        Assert.Equal((32, 32), PngSize(File.ReadAllBytes(RepositoryRoot.Combine("deployment", "teams", "outline.png"))));
    }

    private static void AssertValidManifest(JsonNode manifest, string botId)
    {
        Assert.StartsWith("https://developer.microsoft.com/en-us/json-schemas/teams/v1.", (string?)manifest["$schema"], StringComparison.Ordinal);
        Assert.Equal(((string?)manifest["$schema"])!.Split('/')[^2].TrimStart('v'), (string?)manifest["manifestVersion"]);
        Assert.Matches(@"^\d+\.\d+\.\d+$", (string?)manifest["version"]);
        Assert.Equal(botId, (string?)manifest["id"]);
        foreach (var field in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", (string?)manifest["developer"]![field], StringComparison.Ordinal);
        }

        Assert.InRange(((string?)manifest["name"]!["short"])!.Length, 1, 30);
        Assert.InRange(((string?)manifest["description"]!["short"])!.Length, 1, 80);
        Assert.InRange(((string?)manifest["description"]!["full"])!.Length, 1, 4000);
        Assert.Equal("color.png", (string?)manifest["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]!["outline"]);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", (string?)manifest["accentColor"]);

        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(botId, (string?)bot["botId"]);
        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(s => (string)s!).Order());
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();
        Assert.Equal(["ask", "reflect", "help", "my data"], commands);
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    private static void AssertPng(ZipArchiveEntry entry, int size)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Assert.Equal((size, size), PngSize(buffer.ToArray()));
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
