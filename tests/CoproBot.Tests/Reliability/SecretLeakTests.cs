using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Reliability;

/// <summary>Whole conversations with every secret configured, then every log line, at every level, is searched for them.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class SecretLeakTests(AzuriteFixture azurite)
{
    private const string AppPassword = "app-password-Zq8!secret";
    private const string BotToken = "discord-bot-token-Xy7.secret";

    [Fact]
    public async Task NoSecretAppearsInAnyLogLineOrErrorMessage()
    {
        var logs = new CapturedLogs();
        using var signer = new DiscordSigner();
        var accountKey = azurite.ConnectionString.Split(';').First(p => p.StartsWith("AccountKey=", StringComparison.Ordinal))["AccountKey=".Length..];
        await using var host = await BotHost.StartAsync(
            azureConnectionString: azurite.ConnectionString,
            tablePrefix: "s" + Guid.NewGuid().ToString("N")[..10],
            settings: new Dictionary<string, string?>
            {
                ["MicrosoftAppPassword"] = AppPassword,
                ["Discord:Enabled"] = "true",
                ["Discord:ApplicationId"] = Interactions.ApplicationId,
                ["Discord:PublicKey"] = signer.PublicKeyHex,
                ["Discord:BotToken"] = BotToken,
                ["Logging:LogLevel:Default"] = "Trace",
            },
            services: logs.AddTo);
        var url = host.Connector.ServiceUrl;

        foreach (var text in new[] { "hello", "What are ESTHER's principles?", "my data", "export my data", "I want to end my life", "forget me", "yes" })
        {
            await host.PostActivityAsync(TeamsActivities.Personal(url, "a:secrets", text));
        }

        await host.PostJsonAsync("/api/messages", "{ not json");
        host.Connector.RespondAsync = _ => Task.FromResult<Microsoft.AspNetCore.Http.IResult?>(Microsoft.AspNetCore.Http.Results.StatusCode(500));
        await host.PostActivityAsync(TeamsActivities.Personal(url, "a:secrets", "compare the coproduction approaches"));

        var lines = logs.Lines.Select(line => line.Text).ToList();
        Assert.NotEmpty(lines);
        foreach (var secret in new[] { AppPassword, BotToken, accountKey })
        {
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
        }

        // Message text is logged only at Debug or below.
        Assert.DoesNotContain(lines, line => !line.StartsWith("Debug", StringComparison.Ordinal) && !line.StartsWith("Trace", StringComparison.Ordinal)
            && line.Contains("end my life", StringComparison.Ordinal));
    }
}
