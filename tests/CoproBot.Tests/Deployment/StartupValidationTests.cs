using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Deployment;

public sealed class StartupValidationTests
{
    public static TheoryData<string, string, string> InvalidSettings() => new()
    {
        { "Storage:TablePrefix", "Bad-Prefix", "Storage:TablePrefix" },
        { "Storage:NetworkTimeoutSeconds", "0", "Storage:NetworkTimeoutSeconds" },
        { "Storage:DataDirectory", " ", "Storage:DataDirectory" },
        { "Bot:MaxRequestBytes", "10", "Bot:MaxRequestBytes" },
        { "Bot:TypingDelayMilliseconds", "-1", "Bot:TypingDelayMilliseconds" },
        { "MicrosoftAppType", "Anonymous", "MicrosoftAppType" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task AnInvalidSettingStopsStartUpWithAMessageNamingIt(string setting, string value, string named)
    {
        var failure = await StartAsync(new() { [setting] = value });

        Assert.Contains(named, failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASingleTenantBotWithoutItsTenantOrPasswordDoesNotStart()
    {
        var failure = await StartAsync(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        });

        Assert.Contains("MicrosoftAppTenantId is required", failure, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword is required", failure, StringComparison.Ordinal);
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

    /// <summary>Starts a host that should not start, and gives every message of the failure.</summary>
    private static async Task<string> StartAsync(Dictionary<string, string?> settings)
    {
        await using var connector = await ConnectorListener.StartAsync();
        var error = await Record.ExceptionAsync(async () => await (await BotHost.StartAsync(settings: settings, connector: connector)).StopAsync());

        Assert.NotNull(error);
        var messages = new List<string>();
        for (var current = error; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join("\n", messages);
    }
}
