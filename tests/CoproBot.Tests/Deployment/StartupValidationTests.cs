using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Deployment;

/// <summary>The built bot, run as its own process with the setting in its environment, refuses to start and says why.</summary>
/// <remarks>A separate process, because an in-process host that fails to start can surface a disposal error instead of the cause.</remarks>
public sealed class StartupValidationTests
{
    public static TheoryData<string, string, string> InvalidSettings() => new()
    {
        { "Storage__TablePrefix", "Bad-Prefix", "Storage:TablePrefix" },
        { "Storage__NetworkTimeoutSeconds", "0", "Storage:NetworkTimeoutSeconds" },
        { "Storage__DataDirectory", " ", "Storage:DataDirectory" },
        { "Bot__MaxRequestBytes", "10", "Bot:MaxRequestBytes" },
        { "Bot__TypingDelayMilliseconds", "-1", "Bot:TypingDelayMilliseconds" },
        { "OutgoingCalls__MaxRetries", "99", "OutgoingCalls:MaxRetries" },
        { "Care__DefaultRegion", "ZZ", "Care:DefaultRegion" },
        { "MicrosoftAppType", "Anonymous", "MicrosoftAppType" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task AnInvalidSettingStopsStartUpWithAMessageNamingIt(string variable, string value, string named)
    {
        var (exitCode, output) = await StartAsync(new() { [variable] = value });

        Assert.NotEqual(0, exitCode);
        Assert.Contains(named, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASingleTenantBotWithoutItsTenantOrPasswordDoesNotStart()
    {
        var (exitCode, output) = await StartAsync(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("MicrosoftAppTenantId is required", output, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword is required", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManagedIdentityBotNeedsNoPassword()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppTenantId"] = "66666666-7777-8888-9999-000000000000",
        });

        Assert.True((await host.Client.GetAsync("/health/live")).IsSuccessStatusCode);
    }

    /// <summary>Starts the built bot to serve, with one bad setting; it must exit by itself.</summary>
    private static async Task<(int ExitCode, string Output)> StartAsync(Dictionary<string, string?> settings)
    {
        settings["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        settings.TryAdd("Storage__DataDirectory", Directory.CreateTempSubdirectory("coprobot-invalid-").FullName);
        var result = await ChildProcess.RunAsync(
            "dotnet", [Path.Combine(AppContext.BaseDirectory, "CoproBot.dll")], AppContext.BaseDirectory, AppEnvironment.Clean(settings), TimeSpan.FromSeconds(60));
        return (result.ExitCode, result.Output);
    }
}
