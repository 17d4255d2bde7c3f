using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// The Microsoft 365 Agents Playground (the real Teams emulator from npm) on loopback, driven over the same HTTP routes
/// and websocket its own chat page uses.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonNode> _messages = Channel.CreateUnbounded<JsonNode>();
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;

    private AgentsPlayground(Process process, int port)
    {
        _process = process;
        Port = port;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public int Port { get; }

    public JsonNode Config { get; private set; } = new JsonObject();

    public string BotId => (string)Config["bot"]!["id"]!;

    public string PersonalChatId => (string)Config["personalChat"]!["id"]!;

    public static async Task<AgentsPlayground> StartAsync(string botEndpoint)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo(NodeTool.Path("agentsplayground"))
        {
            ArgumentList = { "-e", botEndpoint, "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dt" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new StringBuilder();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("Listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The Agents Playground exited while starting: " + output));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var playground = new AgentsPlayground(process, port);
        try
        {
            await listening.Task.WaitAsync(Wait);
            playground.Config = (await playground._http.GetFromJsonAsync<JsonNode>("_internal/v1/config"))!["config"]!;
            await playground._socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), CancellationToken.None);
            playground._reader = playground.ReadAsync();
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }

        return playground;
    }

    /// <summary>What the chat page does on first opening a chat: install the app into it.</summary>
    public async Task InstallAsync(string conversationId)
    {
        using var response = await _http.PostAsync($"_debug/conversation/{conversationId}/installation", null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Types a message into a chat as the current user, @mentioning the bot when asked.</summary>
    public async Task<JsonNode> SendAsync(string conversationId, string text, bool mention = false)
    {
        var body = new JsonObject
        {
            ["text"] = mention ? "<at>Test Bot</at> " + text : text,
            ["textFormat"] = "plain",
            ["from"] = new JsonObject { ["id"] = "user-id-0" },
        };
        if (mention)
        {
            body["mentions"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "Test Bot" },
                ["text"] = "<at>Test Bot</at>",
            });
        }

        using var response = await _http.PostAsJsonAsync($"_conversation/v1/conversations/{conversationId}/messages", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>The next message the page would render from the bot.</summary>
    public async Task<JsonNode> NextBotMessageAsync()
    {
        using var timeout = new CancellationTokenSource(Wait);
        try
        {
            return await _messages.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The Agents Playground showed no message from the bot in time.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        _socket.Dispose();
        try
        {
            await _reader;
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The socket was closed on purpose.
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()));
            message.SetLength(0);
            if ((string?)node?["action"] == "createMessage" && node["message"] is { } created && (string?)created["from"]?["id"] == BotId)
            {
                await _messages.Writer.WriteAsync(node);
            }
        }
    }
}
