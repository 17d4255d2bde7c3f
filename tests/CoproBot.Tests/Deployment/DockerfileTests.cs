using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Deployment;

public sealed class DockerfileTests
{
    private readonly Dockerfile _dockerfile = Dockerfile.Read();

    [Fact]
    public void TheImageIsBuiltWithTheSdkAndRunsOnTheAspNetRuntimeAsANonRootUser()
    {
        var stages = _dockerfile.All("FROM").ToList();

        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", stages[0], StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", stages[^1], StringComparison.Ordinal);
        var user = _dockerfile.Last("USER");
        Assert.NotEqual("root", user);
        Assert.False(user.StartsWith('0'), "The image must not run as uid 0.");
    }

    [Fact]
    public void TheHealthCheckIsTheAppsOwnHealthcheckCommand()
    {
        Assert.Equal([.. _dockerfile.EntryPoint, "healthcheck"], _dockerfile.HealthCheck);
    }

    [Fact]
    public void EveryProjectFileTheImageRestoresFromExists()
    {
        var copied = _dockerfile.All("COPY")
            .Where(arguments => !arguments.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(arguments => arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1])
            .Where(source => source != ".");

        Assert.All(copied, source => Assert.True(
            File.Exists(RepositoryRoot.Combine(source)) || Directory.Exists(RepositoryRoot.Combine(source)),
            $"The Dockerfile copies {source}, which is not in the repository."));
    }

    [Fact]
    public void TheBuildContextLeavesOutBuildOutputTestsAndSecrets()
    {
        var ignored = File.ReadAllLines(RepositoryRoot.Combine(".dockerignore"));

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("tests/", ignored);
        Assert.Contains(".env", ignored);
    }
}
