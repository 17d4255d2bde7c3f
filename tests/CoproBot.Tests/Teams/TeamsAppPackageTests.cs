using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using CoproBot.Dialogs.Languages;
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
        Assert.Equal(["color.png", "fr.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(manifestStream)!;
        AssertValidManifest(manifest, BotId);
        using var frenchStream = zip.GetEntry("fr.json")!.Open();
        AssertFrenchFileLocalisesTheManifest(manifest, JsonNode.Parse(frenchStream)!);
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

    [Fact]
    public async Task EachFrenchCommandTitleIsUnderstoodFromAFrenchTeams()
    {
        var french = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("deployment", "teams", "fr.json")))!.AsObject();
        var titles = french.Where(p => p.Key.EndsWith(".title", StringComparison.Ordinal)).ToDictionary(p => (string)p.Value!, p => p.Key);
        Assert.Equal(["aide", "mes données", "réfléchir"], titles.Keys.Order());
        await using var host = await BotHost.StartAsync();

        var expected = new Dictionary<string, string>
        {
            ["aide"] = Language.French[Phrase.ConversationHelp],
            ["mes données"] = Language.French[Phrase.PrivacyHeresWhat],
            ["réfléchir"] = Language.French[Phrase.ReflectionChooseCase],
        };
        foreach (var (title, reply) in expected)
        {
            var activity = TeamsActivities.Personal(host.Connector.ServiceUrl, "a:fr-command-" + titles[title], title);
            activity["locale"] = "fr-CA";
            var replies = await host.PostAsync(activity);
            Assert.True(replies.Count > 0 && replies[0].StartsWith(reply, StringComparison.Ordinal), $"\"{title}\" was answered: {string.Join(" | ", replies)}");
        }
    }

    // Every key names a field the manifest has, at Teams' lengths, with words of its own.
    private static void AssertFrenchFileLocalisesTheManifest(JsonNode manifest, JsonNode french)
    {
        var localization = manifest["localizationInfo"]!;
        Assert.Equal("fr", (string?)localization["additionalLanguages"]![0]!["languageTag"]);
        Assert.Equal("fr.json", (string?)localization["additionalLanguages"]![0]!["file"]);
        Assert.EndsWith("MicrosoftTeams.Localization.schema.json", (string?)french["$schema"], StringComparison.Ordinal);
        var limits = new Dictionary<string, int> { ["name.short"] = 30, ["name.full"] = 100, ["description.short"] = 80, ["description.full"] = 4000 };
        foreach (var (key, value) in french.AsObject().Where(p => p.Key != "$schema"))
        {
            var original = Field(manifest, key);
            Assert.True(original is not null, $"fr.json names {key}, which the manifest does not have.");
            var text = (string)value!;
            var limit = limits.GetValueOrDefault(key, key.EndsWith(".title", StringComparison.Ordinal) ? 32 : 128);
            Assert.InRange(text.Length, 1, limit);
        }

        Assert.All(limits.Keys, key => Assert.NotNull(french[key]));
        Assert.NotEqual((string?)manifest["description"]!["full"], (string?)french["description.full"]);
    }

    // "bots[0].commandLists[0].commands[1].title" read in the manifest.
    private static JsonNode? Field(JsonNode manifest, string path)
    {
        JsonNode? node = manifest;
        foreach (var part in path.Split('.'))
        {
            var name = part.Split('[')[0];
            node = node?[name];
            foreach (var index in part.Split('[').Skip(1))
            {
                node = node?.AsArray().ElementAtOrDefault(int.Parse(index.TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return node;
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
