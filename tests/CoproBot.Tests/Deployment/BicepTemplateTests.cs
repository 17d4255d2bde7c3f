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

    [Fact]
    public async Task ThePlanRunsInstanceCountInstancesAndAutoscalesOnCpuWithinItsBoundsOnlyWhenAskedAndAllowed()
    {
        var build = await BicepAsync("build", "main.bicep", "--stdout");
        AssertClean(build);
        var arm = JsonNode.Parse(build.Output)!;

        var parameters = arm["parameters"]!;
        Assert.Equal(1, parameters["instanceCount"]!["defaultValue"]!.GetValue<int>());
        Assert.Equal(parameters["autoscaleMinInstances"]!["defaultValue"]!.GetValue<int>(), parameters["autoscaleMaxInstances"]!["defaultValue"]!.GetValue<int>());
        var resources = arm["resources"]!.AsArray();
        var plan = resources.Single(r => r!["type"]!.GetValue<string>() == "Microsoft.Web/serverfarms")!;
        Assert.Contains("parameters('instanceCount')", plan["sku"]!["capacity"]!.GetValue<string>(), StringComparison.Ordinal);

        // Autoscale is made only when its maximum is above its minimum, and never on a Basic plan, which cannot autoscale.
        var variables = arm["variables"]!;
        Assert.Equal("[greater(parameters('autoscaleMaxInstances'), parameters('autoscaleMinInstances'))]", variables["isAutoscaleWanted"]!.GetValue<string>());
        Assert.Equal("[and(variables('isAutoscaleWanted'), not(variables('isBasicPlan')))]", variables["isAutoscaled"]!.GetValue<string>());
        var module = resources.Single(r => r!["name"]?.GetValue<string>() == "coprobot-autoscale")!;
        Assert.Equal("[variables('isAutoscaled')]", module["condition"]!.GetValue<string>());
        var setting = module["properties"]!["template"]!["resources"]!.AsArray().Single(r => r!["type"]!.GetValue<string>() == "Microsoft.Insights/autoscalesettings")!;
        var profile = setting["properties"]!["profiles"]!.AsArray().Single()!;
        Assert.Equal("[string(parameters('minInstances'))]", profile["capacity"]!["minimum"]!.GetValue<string>());
        Assert.Equal("[string(parameters('maxInstances'))]", profile["capacity"]!["maximum"]!.GetValue<string>());
        var rules = profile["rules"]!.AsArray();
        Assert.All(rules, rule => Assert.Equal("CpuPercentage", rule!["metricTrigger"]!["metricName"]!.GetValue<string>()));
        Assert.Equal(["Increase", "Decrease"], rules.Select(rule => rule!["scaleAction"]!["direction"]!.GetValue<string>()));
    }

    [Fact]
    public async Task EveryInstanceIsGivenAzureTableStorageWhateverElseIsConfigured()
    {
        var build = await BicepAsync("build", "main.bicep", "--stdout");
        AssertClean(build);
        var site = JsonNode.Parse(build.Output)!["resources"]!.AsArray().Single(r => r!["type"]!.GetValue<string>() == "Microsoft.Web/sites")!;
        var settings = site["properties"]!["siteConfig"]!["appSettings"]!.GetValue<string>();

        // The embedded store is one file per instance: the storage setting is in the settings every deployment gets,
        // ahead of the conditional ones (password, Discord), never behind a condition of its own.
        var unconditional = settings[..settings.IndexOf("variables('passwordSettings')", StringComparison.Ordinal)];
        Assert.StartsWith("[concat(createArray(", unconditional, StringComparison.Ordinal);
        Assert.Contains("createObject('name', 'Storage__AzureTablesConnectionString', 'value', format('@Microsoft.KeyVault(", unconditional, StringComparison.Ordinal);
        Assert.DoesNotContain("if(", unconditional.Split("Storage__AzureTablesConnectionString")[1].Split("createObject")[0], StringComparison.Ordinal);
        Assert.False(site["properties"]!["clientAffinityEnabled"]!.GetValue<bool>());
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
