using System.Collections;

namespace CoproBot.Tests.Infrastructure;

/// <summary>Environment variables for a bot started as a child process, free of settings the developer's shell might hold.</summary>
public static class AppEnvironment
{
    private static readonly string[] SettingPrefixes =
        ["Storage__", "Bot__", "Discord__", "Knowledge__", "Dialogs__", "Teams__", "Care__", "OutgoingCalls__", "MicrosoftApp", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "OTEL_", "APPLICATIONINSIGHTS_",
         "RateLimits__", "ForwardedHeaders__", "ToBotFrom", "ToChannelFromBot", "OAuthUrl", "CallerId", "ValidateAuthority", "SSL_CERT_"];

    /// <summary>Removes (sets to null) every inherited variable that would configure the bot, then adds <paramref name="settings"/>.</summary>
    public static Dictionary<string, string?> Clean(IDictionary<string, string?>? settings = null)
    {
        var environment = new Dictionary<string, string?>();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (SettingPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                environment[name] = null;
            }
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            environment[key] = value;
        }

        return environment;
    }
}
