using CoproBot.Bot.Chat;
using Microsoft.Bot.Builder;

namespace CoproBot.Bot.Hosting;

/// <summary>The commands CoproBot runs instead of serving: <c>chat</c>, <c>healthcheck</c>, and the ones later features add.</summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["chat", HealthProbe.Command];

    /// <summary>The arguments meant for the host's configuration: none when a command is being run.</summary>
    public static string[] HostArguments(string[] args) => IsCommand(args) ? [] : args;

    public static async Task<int> RunAsync(this WebApplication app, string[] args)
    {
        if (!IsCommand(args))
        {
            await app.RunAsync();
            return 0;
        }

        switch (args[0])
        {
            case "chat":
                var chat = ActivatorUtilities.CreateInstance<ConsoleChatAdapter>(app.Services);
                await chat.RunAsync(app.Services.GetRequiredService<IBot>(), Console.In, Console.Out, Environment.UserName, CancellationToken.None);
                return 0;
            case HealthProbe.Command:
                return await HealthProbe.RunAsync(app.Configuration, args, Console.Out, CancellationToken.None);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'.");
                return 2;
        }
    }

    private static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.Ordinal);
}
