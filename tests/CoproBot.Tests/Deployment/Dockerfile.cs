using System.Text.Json;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Deployment;

/// <summary>deployment/Dockerfile read as instructions, so tests can run the very commands the image runs.</summary>
public sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<(string Keyword, string Arguments)> instructions) => Instructions = instructions;

    public IReadOnlyList<(string Keyword, string Arguments)> Instructions { get; }

    /// <summary>The ENTRYPOINT, as an exec-form array.</summary>
    public IReadOnlyList<string> EntryPoint => ExecForm(Last("ENTRYPOINT"));

    /// <summary>The HEALTHCHECK's command, as an exec-form array.</summary>
    public IReadOnlyList<string> HealthCheck
    {
        get
        {
            var healthCheck = Last("HEALTHCHECK");
            var command = healthCheck.IndexOf("CMD ", StringComparison.Ordinal);
            Assert.True(command >= 0, "The HEALTHCHECK has no CMD: " + healthCheck);
            return ExecForm(healthCheck[(command + 4)..]);
        }
    }

    public static Dockerfile Read()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("deployment", "Dockerfile")).Replace("\\\n", " ", StringComparison.Ordinal);
        var instructions = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2))
            .Select(parts => (parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : string.Empty))
            .ToList();
        return new Dockerfile(instructions);
    }

    public IEnumerable<string> All(string keyword) => Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

    public string Last(string keyword) => All(keyword).LastOrDefault() ?? throw new InvalidOperationException($"The Dockerfile has no {keyword}.");

    private static string[] ExecForm(string arguments) =>
        JsonSerializer.Deserialize<string[]>(arguments) ?? throw new InvalidOperationException("Not an exec-form array: " + arguments);
}
