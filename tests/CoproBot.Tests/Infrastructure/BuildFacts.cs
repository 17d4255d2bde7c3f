using System.Reflection;

namespace CoproBot.Tests.Infrastructure;

/// <summary>Facts the build wrote into the test assembly: where the Bicep compiler is, and the configuration.</summary>
public static class BuildFacts
{
    public static string BicepPath => Read("BicepPath");

    public static string Configuration => Read("Configuration");

    private static string Read(string key) =>
        typeof(BuildFacts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata; see CoproBot.Tests.csproj.");
}
