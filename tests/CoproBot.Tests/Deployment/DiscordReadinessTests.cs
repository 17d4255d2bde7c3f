using System.Net;
using System.Text.Json;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Deployment;

public sealed class DiscordReadinessTests
{
    private const string PublicKey = "3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29";

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
    public async Task PartlyConfiguredDiscordIsReportedDegradedNamingWhatIsMissingWhileTeamsStaysServed()
    {
        var (status, report) = await ReadinessAsync(new() { ["Discord:BotToken"] = "a-token", ["Discord:PublicKey"] = "not-hex" });

        var discord = Check(report, "discord-settings");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Equal("Degraded", discord.GetProperty("status").GetString());
        var description = discord.GetProperty("description").GetString();
        Assert.Contains("Discord:ApplicationId is missing", description, StringComparison.Ordinal);
        Assert.Contains("Discord:PublicKey must be 64 hexadecimal characters", description, StringComparison.Ordinal);
        Assert.DoesNotContain("a-token", report.GetRawText(), StringComparison.Ordinal);
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

    [Fact]
    public async Task DiscordTurnedOffIsReadyWhateverElseIsSet()
    {
        var (_, report) = await ReadinessAsync(new() { ["Discord:Enabled"] = "false", ["Discord:BotToken"] = "a-token" });

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
