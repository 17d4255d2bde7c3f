using System.Net;
using System.Text.Json.Nodes;
using CoproBot.Bot.Discord;
using CoproBot.Bot.Outgoing;
using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoproBot.Tests.Discord;

public sealed class DiscordApiTests : IAsyncLifetime
{
    private DiscordBot _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData(new[] { "register", "--guild", "1900000000000000009" }, "applications/1100000000000000001/guilds/1900000000000000009/commands")]
    [InlineData(new[] { "register" }, "applications/1100000000000000001/commands")]
    public async Task RegisterOverwritesTheCommandSetWithCopro(string[] args, string path)
    {
        using var output = new StringWriter();

        var exitCode = await _bot.Services.GetRequiredService<CommandRegistrar>().RunAsync(args, output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var call = await _bot.Api.NextAsync();
        Assert.Equal("PUT", call.Method);
        Assert.Equal(path, call.Path);
        Assert.Equal("Bot " + DiscordBot.BotToken, call.Authorization);
        var command = Assert.Single(call.Body!.AsArray())!;
        Assert.Equal("copro", (string)command["name"]!);
        var subCommands = command["options"]!.AsArray();
        Assert.Equal(["ask", "case", "compare", "reflect", "my-data", "export-my-data", "forget-me", "help", "template"], subCommands.Select(sub => (string)sub!["name"]!));
        var template = subCommands.Single(sub => (string)sub!["name"]! == "template")!;
        Assert.Equal(2, (int)template["type"]!);
        Assert.Equal(["new", "list", "preview", "edit", "share", "delete", "export", "import"], template["options"]!.AsArray().Select(sub => (string)sub!["name"]!));
        var caseOption = subCommands.Single(sub => (string)sub!["name"]! == "case")!["options"]![0]!;
        Assert.True((bool)caseOption["autocomplete"]!);
    }

    [Fact]
    public async Task TheRegisteredCommandIsDescribedInEnglishAndInFrenchWithinDiscordsLimits()
    {
        using var output = new StringWriter();
        Assert.Equal(0, await _bot.Services.GetRequiredService<CommandRegistrar>().RunAsync(["register"], output, CancellationToken.None));
        var command = Assert.Single((await _bot.Api.NextAsync()).Body!.AsArray())!;

        // The command, each group, sub-command and option: a French description of its own, both at most 100 characters.
        var described = Flatten(command).ToList();
        Assert.Equal(27, described.Count);
        Assert.All(described, node =>
        {
            var english = (string)node["description"]!;
            var french = (string)node["description_localizations"]!["fr"]!;
            Assert.InRange(english.Length, 1, 100);
            Assert.InRange(french.Length, 1, 100);
            Assert.NotEqual(english, french);

            // At most 25 options or sub-commands at each level; names of 1 to 32 lower-case characters in both languages.
            Assert.InRange(node["options"]?.AsArray().Count ?? 0, 0, 25);
            Assert.Matches(@"^[-_'\p{Ll}\p{Lo}\p{N}]{1,32}$", (string)node["name"]!);
            Assert.Matches(@"^[-_'\p{Ll}\p{Lo}\p{N}]{1,32}$", (string?)node["name_localizations"]?["fr"] ?? (string)node["name"]!);
        });
        Assert.Equal("Poser une question sur la coproduction et les trois cas", (string)described[1]["description_localizations"]!["fr"]!);
    }

    [Fact]
    public async Task RegisterWithUnknownArgumentsPrintsTheUsage()
    {
        using var output = new StringWriter();

        var exitCode = await _bot.Services.GetRequiredService<CommandRegistrar>().RunAsync(["register", "--everywhere"], output, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains(CommandRegistrar.Usage, output.ToString(), StringComparison.Ordinal);
        Assert.Empty(_bot.Api.Drain());
    }

    [Fact]
    public async Task ARateLimitedCallIsRetriedAfterRetryAfter()
    {
        var refused = 0;
        _bot.Api.Respond = _ => Interlocked.Increment(ref refused) == 1
            ? Results.Json(new { message = "You are being rate limited.", retry_after = 0.05, global = false }, statusCode: 429)
            : null;

        var sent = await Rest.CreateMessageAsync("1700000000000000007", new JsonObject { ["content"] = "hello" }, CancellationToken.None);

        Assert.NotNull(sent?["id"]);
        Assert.Equal(2, _bot.Api.Drain().Count);
    }

    [Fact]
    public async Task ACallStillRateLimitedAfterItsRetriesFails()
    {
        _bot.Api.Respond = _ => Results.Json(new { message = "You are being rate limited.", retry_after = 0.01, global = false }, statusCode: 429);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            Rest.CreateMessageAsync("1700000000000000007", new JsonObject { ["content"] = "hello" }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(_bot.Services.GetRequiredService<IOptions<OutgoingCallOptions>>().Value.MaxRetries + 1, _bot.Api.Drain().Count);
    }

    private static IEnumerable<JsonNode> Flatten(JsonNode node) =>
        new[] { node }.Concat((node["options"]?.AsArray() ?? []).SelectMany(option => Flatten(option!)));

    private DiscordRestClient Rest => _bot.Services.GetRequiredService<DiscordRestClient>();
}
