using System.Net;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Deployment;

/// <summary>What the container runs, run here without a container engine: the publish output, configured by environment variables only.</summary>
public sealed class PublishedAppTests
{
    [Fact]
    public async Task ThePublishedAppStartsFromEnvironmentVariablesAloneAndIsReadyByItsOwnHealthcheck()
    {
        var publish = Directory.CreateTempSubdirectory("coprobot-publish-").FullName;
        var data = Directory.CreateTempSubdirectory("coprobot-data-").FullName;
        var published = await ChildProcess.RunAsync(
            "dotnet",
            ["publish", RepositoryRoot.Combine("Bot", "CoproBot.Bot.csproj"), "-c", BuildFacts.Configuration, "-o", publish, "--no-restore", "-nologo"],
            timeout: TimeSpan.FromMinutes(8));
        Assert.True(published.ExitCode == 0, "dotnet publish failed:\n" + published.Output);

        var dockerfile = Dockerfile.Read();
        var port = FreePort.Next();
        var environment = AppEnvironment.Clean();
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["Storage__DataDirectory"] = data;


        // The image's HEALTHCHECK, as the container runs it: only the port is known, from ASPNETCORE_HTTP_PORTS.
        var probeEnvironment = AppEnvironment.Clean();
        probeEnvironment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var healthCheck = dockerfile.HealthCheck;
        var probeBeforeStart = await ChildProcess.RunAsync(healthCheck[0], healthCheck.Skip(1), publish, probeEnvironment, TimeSpan.FromSeconds(60));

        await using var app = await RunningApp.StartAsync(publish, dockerfile.EntryPoint, environment, TimeSpan.FromSeconds(90));
        using var http = new HttpClient();
        var ready = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"));
        var probe = await ChildProcess.RunAsync(healthCheck[0], healthCheck.Skip(1), publish, probeEnvironment, TimeSpan.FromSeconds(60));

        Assert.True(probeBeforeStart.ExitCode == 1, "The healthcheck command passed with nothing listening:\n" + probeBeforeStart.Output);
        Assert.True(ready.StatusCode == HttpStatusCode.OK, $"Readiness answered {ready.StatusCode}. App output:\n{app.Output}");
        Assert.True(probe.ExitCode == 0, $"The healthcheck command failed:\n{probe.Output}\nApp output:\n{app.Output}");
        Assert.True(File.Exists(Path.Combine(data, "coprobot.db")), "The embedded store was not created in the configured folder.");
    }
}
