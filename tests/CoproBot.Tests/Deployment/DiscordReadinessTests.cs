using System.Net;
using System.Text.Json;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Deployment;

public sealed class DiscordReadinessTests
{
    // The public key of RFC 8032's first Ed25519 test vector: any valid key will do.
    private const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    [Fact]
    public async Task ABotWithoutDiscordSettingsIsReady()
    {
        var (status, report) = await ReadinessAsync([]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal("Healthy", Check(report, "store").GetProperty("status").GetString());
        Assert.Equal("Healthy", Check(report, "discord-settings").GetProperty("status").GetString());
    }

    [Fact]
    public async Task DiscordWithoutItsBotTokenAndApplicationIdIsReportedDegradedNamingThemWhileTeamsStaysServed()
    {
        var (status, report) = await ReadinessAsync(new() { ["Discord:PublicKey"] = PublicKey });

        var discord = Check(report, "discord-settings");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Equal("Degraded", discord.GetProperty("status").GetString());
        var description = discord.GetProperty("description").GetString();
        Assert.Contains("Discord:ApplicationId is missing", description, StringComparison.Ordinal);
        Assert.Contains("Discord:BotToken is missing", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReportNeverShowsTheBotToken()
    {
        var (_, report) = await ReadinessAsync(new() { ["Discord:PublicKey"] = PublicKey, ["Discord:BotToken"] = "a-secret-token" });

        Assert.DoesNotContain("a-secret-token", report.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Discord:ApplicationId is missing", Check(report, "discord-settings").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullyConfiguredDiscordIsReady()
    {
        var (_, report) = await ReadinessAsync(new()
        {
            ["Discord:ApplicationId"] = "123456789012345678",
            ["Discord:PublicKey"] = PublicKey,
            ["Discord:BotToken"] = "a-token",
        });

        Assert.Equal("Healthy", Check(report, "discord-settings").GetProperty("status").GetString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Report)> ReadinessAsync(Dictionary<string, string?> settings)
    {
        await using var host = await BotHost.StartAsync(settings: settings);
        var response = await host.Client.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    private static JsonElement Check(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(check => check.GetProperty("name").GetString() == name);
}
