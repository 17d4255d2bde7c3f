namespace CoproBot.Tests.Infrastructure;

/// <summary>Locates a command installed by <c>npm ci</c> in tools/, failing loudly when it is missing.</summary>
public static class NodeTool
{
    public static string Path(string command)
    {
        var path = RepositoryRoot.Combine("tools", "node_modules", ".bin", command);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"'{command}' is not installed. Run 'npm ci --prefix tools' (the test script .ci/run does this) before the tests.");
        }

        return path;
    }
}
