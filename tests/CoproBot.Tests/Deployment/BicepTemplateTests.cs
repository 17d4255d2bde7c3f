using System.Text.Json.Nodes;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Deployment;

/// <summary>The Azure templates compile and pass the linter (rules at error level in bicepconfig.json) with no warning at all.</summary>
public sealed class BicepTemplateTests
{
    private static readonly string AzureFolder = RepositoryRoot.Combine("deployment", "azure");

    // The parameters file reads secrets from the environment; the build must not pick up any the machine happens to have.
    private static readonly Dictionary<string, string?> NoSecrets = new()
    {
        ["MICROSOFT_APP_PASSWORD"] = null,
        ["DISCORD_BOT_TOKEN"] = null,
    };

    public static TheoryData<string> Templates() => new(Directory.GetFiles(AzureFolder, "*.bicep").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task EveryTemplateBuildsAndLintsWithoutAnyWarning(string template)
    {
        var build = await BicepAsync("build", template, "--stdout");
        var lint = await BicepAsync("lint", template);

        AssertClean(build);
        AssertClean(lint);
    }

    [Fact]
    public async Task TheParametersFileBuildsWithoutAnyWarningAndHoldsNoSecret()
    {
        var build = await BicepAsync("build-params", "main.bicepparam", "--stdout");

        AssertClean(build);
        var parameters = JsonNode.Parse(JsonNode.Parse(build.Output)!["parametersJson"]!.GetValue<string>())!["parameters"]!;
        Assert.Equal(string.Empty, parameters["microsoftAppPassword"]?["value"]?.GetValue<string>() ?? string.Empty);
        Assert.Equal(string.Empty, parameters["discordBotToken"]?["value"]?.GetValue<string>() ?? string.Empty);
    }

    [Fact]
    public async Task TheTemplateDeploysDotNet10ASingleTenantOrManagedIdentityBotWithTeamsAndLockedDownStorage()
    {
        var build = await BicepAsync("build", "main.bicep", "--stdout");
        AssertClean(build);
        var arm = build.Output;

        Assert.Contains("DOTNETCORE|10.0", arm, StringComparison.Ordinal);
        Assert.Contains("\"MsTeamsChannel\"", arm, StringComparison.Ordinal);
        Assert.Contains("/api/messages", arm, StringComparison.Ordinal);
        Assert.Contains("\"minimumTlsVersion\": \"TLS1_2\"", arm, StringComparison.Ordinal);
        Assert.Contains("\"allowBlobPublicAccess\": false", arm, StringComparison.Ordinal);
        Assert.Contains("@Microsoft.KeyVault(", arm, StringComparison.Ordinal);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", arm, StringComparison.Ordinal);
        Assert.DoesNotContain("MultiTenant", arm, StringComparison.Ordinal);
        var parameters = JsonNode.Parse(arm)!["parameters"]!.AsObject();
        Assert.Equal("securestring", parameters["microsoftAppPassword"]!["type"]!.GetValue<string>());
        Assert.Equal("securestring", parameters["discordBotToken"]!["type"]!.GetValue<string>());
        Assert.All(parameters, parameter => Assert.NotNull(parameter.Value!["metadata"]?["description"]));
    }

    private static Task<ProcessResult> BicepAsync(string command, string file, params string[] options) =>
        ChildProcess.RunAsync(BuildFacts.BicepPath, [command, file, .. options], workingDirectory: AzureFolder, environment: NoSecrets, timeout: TimeSpan.FromMinutes(2));

    private static void AssertClean(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, "Bicep failed:\n" + result.Output);
        Assert.DoesNotContain(": Warning ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(": Error ", result.Output, StringComparison.Ordinal);
    }
}
