using System.Net;
using CoproBot.Bot.BotFramework;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Hosting;

/// <summary>
/// A channel's whole service arrives from one address, as every Teams activity comes from the Bot Connector and every
/// Discord interaction from Discord. On default settings, none of it is refused for its address.
/// </summary>
public sealed class ChannelVolumeTests
{
    private const int Conversations = 500;
    private const int MessagesEach = 10;

    [Fact]
    public async Task FiveThousandActivitiesInAMinuteFromOneAddressOverManyConversationsAreAllProcessed()
    {
        // The bot's limits run on its clock: 5,000 activities spread over one minute of it, however fast this machine is.
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await BotHost.StartAsync(kestrel: true, services: s => s.AddSingleton<TimeProvider>(time));
        var url = host.Connector.ServiceUrl;
        var step = TimeSpan.FromMinutes(1) / (Conversations * MessagesEach);
        using var connections = new SemaphoreSlim(32);
        var turns = new List<Task<HttpStatusCode>>();
        var sent = new HashSet<string>(StringComparer.Ordinal);

        for (var turn = 0; turn < MessagesEach; turn++)
        {
            for (var conversation = 0; conversation < Conversations; conversation++)
            {
                var activity = TeamsActivities.Personal(url, $"a:volume-{conversation}", "what are ESTHER's principles?", userId: $"person-{conversation}");
                var id = $"volume-{conversation}-{turn}";
                activity["id"] = id;
                sent.Add(id);
                await connections.WaitAsync();
                time.Advance(step);
                turns.Add(PostAsync(host, activity, connections));
            }
        }

        var statuses = await Task.WhenAll(turns);

        Assert.True(time.GetUtcNow() - DateTimeOffset.Parse("2026-11-29T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture) <= TimeSpan.FromMinutes(1));
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        var replies = host.Connector.All.Select(r => r.Activity).Where(a => a.Type == ActivityTypes.Message).ToList();
        Assert.DoesNotContain(replies, reply => reply.Text == ConversationRateLimitMiddleware.SlowDown || reply.Text == ConversationRateLimitMiddleware.BusyConversation);
        var answered = replies.Select(reply => reply.ReplyToId).ToHashSet(StringComparer.Ordinal);
        Assert.True(sent.SetEquals(answered), $"{sent.Except(answered).Count()} of {sent.Count} activities got no answer.");
    }

    [Fact]
    public async Task HundredsOfSignedDiscordInteractionsFromOneAddressAreAllAnswered()
    {
        await using var bot = await DiscordBot.StartAsync(kestrel: true);
        var responses = await Task.WhenAll(Enumerable.Range(0, 400).Select(async n =>
        {
            var interaction = Interactions.Command("ask", ("question", "What are ESTHER's principles?"));
            interaction["channel_id"] = $"13000000000000{n % 40:D5}";
            interaction["channel"] = new { id = $"13000000000000{n % 40:D5}", type = 0 };
            interaction["member"] = new { user = new { id = $"14000000000000{n:D5}", username = $"person{n}", discriminator = "0" }, roles = Array.Empty<string>() };
            using var response = await bot.PostAsync(interaction);
            return (response.StatusCode, Text: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var everything = responses.Select(r => r.Text).Concat(bot.Api.All.Select(call => call.Body?.ToJsonString() ?? string.Empty)).ToList();
        Assert.DoesNotContain(everything, text => text.Contains("faster than I can answer", StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode> PostAsync(BotHost host, Dictionary<string, object?> activity, SemaphoreSlim connections)
    {
        try
        {
            using var response = await host.PostActivityAsync(activity);
            return response.StatusCode;
        }
        finally
        {
            connections.Release();
        }
    }
}
