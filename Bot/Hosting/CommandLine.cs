using CoproBot.Bot.Chat;
using CoproBot.Bot.Discord;
using CoproBot.Bot.KnowledgeBase;
using CoproBot.Bot.Teams;
using Microsoft.Bot.Builder;

namespace CoproBot.Bot.Hosting;

/// <summary>The commands CoproBot runs instead of serving, each on the same services as the bot.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<WebApplication, string[], Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["chat"] = ChatAsync,
        ["teams"] = TeamsAsync,
        ["discord"] = DiscordAsync,
        ["kb"] = KnowledgeCommands.KnowledgeBaseAsync,
        ["ask"] = KnowledgeCommands.AskAsync,
        [HealthProbe.Command] = (app, args) => HealthProbe.RunAsync(app.Configuration, args, Console.Out, CancellationToken.None),
    };

    /// <summary>The arguments meant for the host's configuration: none when a command is being run.</summary>
    public static string[] HostArguments(string[] args) => IsCommand(args) ? [] : args;

    public static async Task<int> RunAsync(this WebApplication app, string[] args)
    {
        if (!IsCommand(args))
        {
            await app.RunAsync();
            return 0;
        }

        try
        {
            return await Commands[args[0]](app, args[1..]);
        }
        catch (CommandLineException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    /// <summary>The value after <paramref name="name"/>, or null when the option is absent.</summary>
    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0)
        {
            return null;
        }

        return index + 1 < args.Length ? args[index + 1] : throw new CommandLineException($"{name} needs a value.");
    }

    private static async Task<int> ChatAsync(WebApplication app, string[] args)
    {
        var chat = ActivatorUtilities.CreateInstance<ConsoleChatAdapter>(app.Services);
        await chat.RunAsync(app.Services.GetRequiredService<IBot>(), Console.In, Console.Out, Environment.UserName, CancellationToken.None);
        return 0;
    }

    private static Task<int> DiscordAsync(WebApplication app, string[] args) =>
        app.Services.GetRequiredService<CommandRegistrar>().RunAsync(args, Console.Out, CancellationToken.None);

    private static async Task<int> TeamsAsync(WebApplication app, string[] args)
    {
        if (args is not ["package", ..])
        {
            throw new CommandLineException("Usage: teams package --bot-id <microsoft-app-id> [--website <https url>] [--out <file.zip>]");
        }

        if (!Guid.TryParse(Option(args, "--bot-id"), out var botId))
        {
            throw new CommandLineException("--bot-id must be the bot's Microsoft App ID (a GUID).");
        }

        var output = Option(args, "--out") ?? "coprobot-teams.zip";
        TeamsAppPackage.Build(botId, Option(args, "--website") ?? TeamsAppPackage.DefaultWebsite, output);
        await Console.Out.WriteLineAsync($"Wrote {Path.GetFullPath(output)}");
        return 0;
    }

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);
}
