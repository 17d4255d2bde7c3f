using System.Text;
using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Reliability;

/// <summary>
/// The bot as a real process killed with SIGKILL at each point of a turn, restarted on the same store, and sent the
/// same activity again, as Teams re-sends a message it got no answer to.
/// </summary>
public sealed class CrashedTurnTests
{
    private const string Conversation = "a:crashed";
    private const string Question1 = "Question 1 of 3:";
    private const string Question3 = "Question 3 of 3: What do we need to improve?";
    private const string Answer = "Her family and her GP";

    [Fact]
    public async Task KilledAfterTheStateWriteBeforeAnyReplyTheResendDeliversTheReplyOnceAndTheAnswerIsKeptOnce()
    {
        await using var crash = await CrashSite.StartAsync();
        await crash.SayAsync("reflect on ESTHER");
        await crash.SayAsync("Being heard");

        var answer = crash.Message(Answer);
        await crash.KillWhileSendingAsync(answer, heldMessage: 1);
        await crash.RestartAsync();
        await crash.PostAsync(answer);

        Assert.Equal(1, crash.Count(Question3));
        Assert.Equal(1, CrashSite.Count("Your earlier answer: \"" + Answer + "\"", await crash.SayAsync("back")));
    }

    [Fact]
    public async Task KilledBetweenTheFirstAndTheLastReplyTheResendDeliversOnlyTheRestOnce()
    {
        await using var crash = await CrashSite.StartAsync();

        // Starting a reflection answers with two messages: the introduction, then the first question.
        var start = crash.Message("reflect on ESTHER");
        await crash.KillWhileSendingAsync(start, heldMessage: 2);
        var introduction = Replies.TextOf(Assert.Single(crash.Messages()));
        await crash.RestartAsync();
        await crash.PostAsync(start);

        Assert.Equal(1, crash.Count(introduction));
        Assert.Equal(1, crash.Count(Question1));
        Assert.Equal(2, crash.Messages().Count);
    }

    [Fact]
    public async Task KilledAfterTheLastReplyTheResendIsIgnoredAndTheReflectionGoesOnFromThere()
    {
        await using var crash = await CrashSite.StartAsync();
        await crash.SayAsync("reflect on ESTHER");
        await crash.SayAsync("Being heard");
        var answer = crash.Message(Answer);
        await crash.PostAsync(answer);
        await crash.KillAsync();

        await crash.RestartAsync();
        await crash.PostAsync(answer);

        Assert.Equal(1, crash.Count(Question3));
        Assert.Equal(1, CrashSite.Count("Your earlier answer: \"" + Answer + "\"", await crash.SayAsync("back")));
    }

    /// <summary>One bot process over an embedded store in its own folder, and the connector it replies to.</summary>
    private sealed class CrashSite : IAsyncDisposable
    {
        private readonly string _data = Directory.CreateTempSubdirectory("coprobot-crash-").FullName;
        private ConnectorListener _connector = null!;
        private RunningApp _app = null!;
        private HttpClient _client = null!;

        public static async Task<CrashSite> StartAsync()
        {
            var site = new CrashSite { _connector = await ConnectorListener.StartAsync() };
            await site.RestartAsync();
            return site;
        }

        public Dictionary<string, object?> Message(string text) => TeamsActivities.Personal(_connector.ServiceUrl, Conversation, text);

        public async Task RestartAsync()
        {
            _client?.Dispose();
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }

            var baseUrl = $"http://127.0.0.1:{FreePort.Next()}";
            var environment = AppEnvironment.Clean(new Dictionary<string, string?>
            {
                ["ASPNETCORE_URLS"] = baseUrl,
                ["Storage__DataDirectory"] = _data,
                ["Bot__TypingDelayMilliseconds"] = "10000",
            });
            _connector.RespondAsync = _ => Task.FromResult<IResult?>(null);
            _app = await RunningApp.StartAsync(AppContext.BaseDirectory, ["dotnet", "CoproBot.dll"], environment, TimeSpan.FromSeconds(60));
            _client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        }

        /// <summary>Posts the activity, accepts the messages before <paramref name="heldMessage"/>, holds that one and kills the bot.</summary>
        public async Task KillWhileSendingAsync(Dictionary<string, object?> activity, int heldMessage)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var seen = 0;
            _connector.RespondAsync = async reply =>
            {
                if (reply.Type != ActivityTypes.Message || Interlocked.Increment(ref seen) != heldMessage)
                {
                    return null;
                }

                reached.TrySetResult();
                await release.Task;

                // Never confirmed to the killed bot, so never counted as delivered.
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            };
            var turn = PostAsync(activity);
            await reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await KillAsync();
            release.SetResult();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => turn);
        }

        public async Task KillAsync()
        {
            Signals.Send(_app.ProcessId, Signals.Kill);
            Assert.NotEqual(0, await _app.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        }

        public async Task PostAsync(Dictionary<string, object?> activity)
        {
            using var content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json");
            using var response = await _client.PostAsync("/api/messages", content);
            response.EnsureSuccessStatusCode();
        }

        /// <summary>Says something and returns the messages it was answered with.</summary>
        public async Task<List<string>> SayAsync(string text)
        {
            var before = Messages().Count;
            await PostAsync(Message(text));
            return [.. Messages().Skip(before).Select(Replies.TextOf)];
        }

        public List<Activity> Messages() => [.. _connector.All.Select(r => r.Activity).Where(a => a.Type == ActivityTypes.Message && a.Conversation.Id == Conversation)];

        /// <summary>How many messages delivered in the whole conversation start with (or hold) the text.</summary>
        public int Count(string text) => Messages().Select(Replies.TextOf).Count(t => t.StartsWith(text, StringComparison.Ordinal));

        public static int Count(string text, List<string> replies) => replies.Count(t => t.Contains(text, StringComparison.Ordinal));

        public async ValueTask DisposeAsync()
        {
            _client?.Dispose();
            await _app.DisposeAsync();
            await _connector.DisposeAsync();
        }
    }
}
