using System.Text.RegularExpressions;

namespace CoproBot.Bot.Hosting;

/// <summary>
/// The <c>healthcheck</c> command: asks a running CoproBot on this machine for its readiness and exits 0 when healthy.
/// Container images without curl or wget use it as their HEALTHCHECK.
/// </summary>
internal static partial class HealthProbe
{
    public const string Command = "healthcheck";
    public const string DefaultPath = "/health/ready";

    /// <summary>Probes <c>args[0]</c> (a path or a full URL) or the readiness path on the address the server listens on.</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var target = Target(configuration, args.Length > 0 ? args[0] : null);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(target, cancellationToken);
            await output.WriteLineAsync($"{target}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"{target}: {error.Message}");
            return 1;
        }
    }

    /// <summary>The URL to probe: from ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS, with wildcard hosts replaced by loopback.</summary>
    internal static Uri Target(IConfiguration configuration, string? pathOrUrl)
    {
        if (pathOrUrl is not null && Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            return absolute;
        }

        var path = string.IsNullOrWhiteSpace(pathOrUrl) ? DefaultPath : pathOrUrl;
        return new Uri(new Uri(BaseAddress(configuration)), path);
    }

    private static string BaseAddress(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var url = urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? urls.FirstOrDefault();
        if (url is not null)
        {
            return WildcardHost().Replace(url, "${scheme}://127.0.0.1");
        }

        var port = (configuration["http_ports"] ?? string.Empty).Split(';', ',').Select(p => p.Trim()).FirstOrDefault(p => p.Length > 0);
        return port is null ? WildcardHost().Replace(HostDefaults.DefaultUrl, "${scheme}://127.0.0.1") : "http://127.0.0.1:" + port;
    }

    [GeneratedRegex(@"^(?<scheme>https?)://(\+|\*|0\.0\.0\.0|\[::\]|localhost)(?=[:/]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex WildcardHost();
}
