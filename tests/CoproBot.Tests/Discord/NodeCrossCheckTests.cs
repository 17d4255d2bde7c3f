using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using CoproBot.Tests.Infrastructure;
using Newtonsoft.Json;

namespace CoproBot.Tests.Discord;

/// <summary>Our signing and verifying against a second implementation: Discord's npm package and Node's WebCrypto.</summary>
public sealed class NodeCrossCheckTests
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Discord", "cross-check.mjs");

    [Fact]
    public async Task DiscordsOwnVerifyKeyAcceptsWhatTheTestsSignAndRejectsItTampered()
    {
        using var signer = new DiscordSigner();
        var body = JsonConvert.SerializeObject(Interactions.Command("ask", ("question", "Was ist Koproduktion? — ça va 🙂")));
        var timestamp = DiscordSigner.TimestampOf(DateTimeOffset.UtcNow);
        var signature = signer.Sign(timestamp, Encoding.UTF8.GetBytes(body));

        var valid = await RunNodeAsync("verify", new JsonObject { ["body"] = body, ["signature"] = signature, ["timestamp"] = timestamp, ["publicKey"] = signer.PublicKeyHex });
        var tampered = await RunNodeAsync("verify", new JsonObject { ["body"] = body + " ", ["signature"] = signature, ["timestamp"] = timestamp, ["publicKey"] = signer.PublicKeyHex });

        Assert.Equal("valid", valid);
        Assert.Equal("invalid", tampered);
    }

    [Fact]
    public async Task TheBotAcceptsARequestSignedByNodesWebCrypto()
    {
        var body = JsonConvert.SerializeObject(Interactions.Ping());
        var signed = JsonNode.Parse(await RunNodeAsync("sign", new JsonObject { ["body"] = body }))!;
        await using var bot = await DiscordBot.StartAsync(settings: new Dictionary<string, string?> { ["Discord:PublicKey"] = (string)signed["publicKey"]! });

        using var response = await bot.PostRawAsync(Encoding.UTF8.GetBytes(body), (string)signed["signature"]!, (string)signed["timestamp"]!);

        Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}");
        Assert.Equal("{\"type\":1}", await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> RunNodeAsync(string mode, JsonObject request)
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Script, mode, RepositoryRoot.Combine("tools") },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        await node.StandardInput.WriteAsync(request.ToJsonString());
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"node {mode} failed: {await error}");
        return (await output).Trim();
    }
}
