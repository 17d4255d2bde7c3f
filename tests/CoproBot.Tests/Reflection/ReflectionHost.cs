using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Reflection;

/// <summary>Starts the real bot for reflection tests (rate limits raised for long conversations) and talks to it turn by turn.</summary>
internal static class ReflectionHost
{
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    public static Task<BotHost> StartAsync(
        FakeTimeProvider? clock = null, string? dataDirectory = null, ConnectorListener? connector = null, Action<IServiceCollection>? services = null) =>
        BotHost.StartAsync(
            dataDirectory: dataDirectory,
            connector: connector,
            settings: new Dictionary<string, string?> { ["RateLimits:MessagesPerPersonPerMinute"] = "1000", ["RateLimits:MessagesPerConversationPerMinute"] = "1000" },
            services: s =>
            {
                if (clock is not null)
                {
                    s.AddSingleton<TimeProvider>(clock);
                }

                services?.Invoke(s);
            });

    /// <summary>Sends one message as the emulator would and returns the texts of the messages the bot sent back.</summary>
    public static async Task<List<string>> SayAsync(this BotHost host, string conversation, string text, string userId = "user-1")
    {
        host.Connector.Drain();
        var response = await host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, conversation, text, userId));
        response.EnsureSuccessStatusCode();
        return BotHostReplies.Messages(host);
    }
}
