namespace CoproBot.Bot.Hosting;

public static class HostDefaults
{
    /// <summary>Where the bot listens when nothing else is configured: the port Bot Framework tools expect.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>The default address, and logs on standard error when a command's output is the point.</summary>
    public static WebApplicationBuilder UseCoproDefaults(this WebApplicationBuilder builder, string[] args)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["http_ports"]) && string.IsNullOrEmpty(configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        if (CommandLine.IsCommand(args))
        {
            // `ask --jsonl` and `kb export` write their results to standard output; logs must not mix in.
            builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        if (args is ["chat", ..])
        {
            // The terminal is the conversation: only what needs a person's attention may interrupt it.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        return builder;
    }
}
