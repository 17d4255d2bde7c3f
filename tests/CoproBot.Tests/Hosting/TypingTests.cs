using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Hosting;

public sealed class TypingTests
{
    [Fact]
    public async Task ASlowTurnShowsATypingIndicatorBeforeItsReply()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Bot:TypingDelayMilliseconds"] = "50" });
        var typingSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The reply's delivery is held until a typing indicator has arrived, so the turn is slow for as long as it must be.
        host.Connector.RespondAsync = async activity =>
        {
            if (activity.Type == ActivityTypes.Typing)
            {
                typingSeen.TrySetResult();
            }
            else
            {
                await typingSeen.Task.WaitAsync(TimeSpan.FromSeconds(15));
            }

            return (IResult?)null;
        };

        await host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, "conv-typing", "help"));

        var sent = host.Connector.All.Select(a => a.Activity.Type).ToList();
        Assert.Equal(ActivityTypes.Typing, sent[0]);
        Assert.Contains(ActivityTypes.Message, sent);
    }

    [Fact]
    public async Task AFastTurnShowsNoTypingIndicator()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Bot:TypingDelayMilliseconds"] = "5000" });

        await host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, "conv-fast", "help"));

        Assert.DoesNotContain(host.Connector.All, a => a.Activity.Type == ActivityTypes.Typing);
    }
}
