using System.Net;
using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CoproBot.Tests.Reliability;

/// <summary>The bot as a real process receiving SIGTERM, as a container runtime sends it, in the middle of a turn.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task SigtermMidTurnRefusesNewTurnsLetsTheTurnFinishAndKeepsItsState()
    {
        await using var connector = await ConnectorListener.StartAsync();
        var data = Directory.CreateTempSubdirectory("coprobot-sigterm-").FullName;
        var port = FreePort.Next();
        var baseUrl = $"http://127.0.0.1:{port}";
        var environment = AppEnvironment.Clean(new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = baseUrl,
            ["Storage__DataDirectory"] = data,
            ["Bot__TypingDelayMilliseconds"] = "10000",
        });
        var replyHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connector.RespondAsync = async _ =>
        {
            replyHeld.TrySetResult();
            await release.Task;
            return (IResult?)null;
        };
        var app = await RunningApp.StartAsync(AppContext.BaseDirectory, ["dotnet", "CoproBot.dll"], environment, TimeSpan.FromSeconds(60));
        await using (app)
        {
            using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
            var turn = PostAsync(client, TeamsActivities.Personal(connector.ServiceUrl, "a:sigterm", "tell me about ESTHER"));
            await replyHeld.Task.WaitAsync(TimeSpan.FromSeconds(30));

            Signals.Send(app.ProcessId, Signals.Terminate);
            await app.WaitForOutputAsync("Application is shutting down", TimeSpan.FromSeconds(15));
            using var newcomer = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(5) };
            var refused = await RefusedAsync(newcomer);
            release.SetResult();
            var finished = await turn.WaitAsync(TimeSpan.FromSeconds(30));
            var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(30));

            Assert.True(refused, "A new turn was accepted after SIGTERM.");
            Assert.Equal(HttpStatusCode.OK, finished);
            Assert.Equal(0, exitCode);
            Assert.StartsWith("**Case 1: ESTHER**", Replies.TextOf(connector.All.Single(a => a.Activity.Type == "message").Activity), StringComparison.Ordinal);
        }

        // The state of the finished turn was saved: a new process over the same data still knows the case.
        connector.RespondAsync = _ => Task.FromResult<IResult?>(null);
        var again = await RunningApp.StartAsync(AppContext.BaseDirectory, ["dotnet", "CoproBot.dll"], environment, TimeSpan.FromSeconds(60));
        await using (again)
        {
            using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
            await PostAsync(client, TeamsActivities.Personal(connector.ServiceUrl, "a:sigterm", "what are its principles?"));
            Assert.StartsWith("**ESTHER: Inclusivity principles**", Replies.TextOf(connector.All.Last(a => a.Activity.Type == "message").Activity), StringComparison.Ordinal);
        }
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, object activity)
    {
        using var content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content);
        return response.StatusCode;
    }

    private static async Task<bool> RefusedAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/health/live");
            return response.StatusCode == HttpStatusCode.ServiceUnavailable;
        }
        catch (HttpRequestException)
        {
            return true;
        }
    }
}
