using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Discord;

/// <summary><c>discord register [--guild ID]</c>: replaces the application's slash commands with CoproBot's.</summary>
public sealed class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    public const string Usage = "Usage: discord register [--guild ID]";

    /// <summary>Runs the command line; returns the process exit code.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] != "register" || args.Count is not (1 or 3) || (args.Count == 3 && args[1] != "--guild"))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        DiscordOptions settings;
        try
        {
            settings = options.Value;
        }
        catch (OptionsValidationException e)
        {
            await output.WriteLineAsync(e.Message);
            return 2;
        }

        if (string.IsNullOrWhiteSpace(settings.ApplicationId) || string.IsNullOrWhiteSpace(settings.BotToken))
        {
            await output.WriteLineAsync("Set Discord:ApplicationId and Discord:BotToken (user-secrets or environment) before registering commands.");
            return 2;
        }

        var guildId = args.Count == 3 ? args[2] : null;
        var commands = CoproCommand.Definitions();
        try
        {
            await rest.OverwriteCommandsAsync(settings.ApplicationId, guildId, commands, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            await output.WriteLineAsync("Discord refused the commands: " + e.Message);
            return 1;
        }

        var scope = guildId is null ? "globally" : "in guild " + guildId;
        DiscordLog.CommandsRegistered(logger, commands.Count, scope);
        await output.WriteLineAsync($"Registered /{CoproCommand.Name} {scope}.");
        return 0;
    }
}
