using System.Net;
using System.Text;
using CoproBot.Bot.Discord;
using CoproBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace CoproBot.Tests.Discord;

public sealed class InteractionSecurityTests : IAsyncLifetime
{
    private DiscordBot _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task APingIsAnsweredWithAPong()
    {
        var response = await _bot.InteractAsync(Interactions.Ping());

        Assert.Equal("{\"type\":1}", response.ToJsonString());
    }

    [Fact]
    public async Task ARequestWithoutSignatureIsRejectedWith401()
    {
        var body = Body(Interactions.Ping());

        await AssertProblemAsync(await _bot.PostRawAsync(body, signature: null, timestamp: null), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AMalformedSignatureIsRejectedWith401()
    {
        var timestamp = DiscordSigner.TimestampOf(DateTimeOffset.UtcNow);

        await AssertProblemAsync(await _bot.PostRawAsync(Body(Interactions.Ping()), "not-hex", timestamp), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ASignatureFromAnotherKeyIsRejectedWith401()
    {
        using var stranger = new DiscordSigner();
        var body = Body(Interactions.Ping());
        var timestamp = DiscordSigner.TimestampOf(DateTimeOffset.UtcNow);

        await AssertProblemAsync(await _bot.PostRawAsync(body, stranger.Sign(timestamp, body), timestamp), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATamperedBodyIsRejectedWith401()
    {
        var body = Body(Interactions.Command("ask", ("question", "What is ESTHER?")));
        var timestamp = DiscordSigner.TimestampOf(DateTimeOffset.UtcNow);
        var signature = _bot.Signer.Sign(timestamp, body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("What is ESTHER?", "@everyone hello", StringComparison.Ordinal));

        await AssertProblemAsync(await _bot.PostRawAsync(tampered, signature, timestamp), HttpStatusCode.Unauthorized);
        Assert.Empty(_bot.Api.Drain());
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public async Task ATimestampMoreThanFiveMinutesOffIsRejectedWith401(int minutes)
    {
        var response = await _bot.PostSignedAsync(Body(Interactions.Ping()), DateTimeOffset.UtcNow.AddMinutes(minutes));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnUnknownInteractionTypeIsRejectedWith400()
    {
        var interaction = Interactions.Ping();
        interaction["type"] = 42;

        await AssertProblemAsync(await _bot.PostAsync(interaction), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ASignedBodyThatIsNotJsonIsRejectedWith400()
    {
        await AssertProblemAsync(await _bot.PostSignedAsync(Encoding.UTF8.GetBytes("{\"type\": 2,")), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRejectedWith413()
    {
        var interaction = Interactions.Command("ask", ("question", new string('x', 300_000)));

        await AssertProblemAsync(await _bot.PostAsync(interaction), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task WithoutDiscordSettingsTheEndpointAnswers404AndTheBotStillRuns()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostJsonAsync(DiscordBot.Route, JsonConvert.SerializeObject(Interactions.Ping()));

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("abc123")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public async Task AMissingOrMalformedPublicKeyFailsAtStartUpNamingTheSetting(string? publicKey)
    {
        // The host is built as Program builds it, but alone, so its failure to start is the only thing observed.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Enabled"] = "true", ["Discord:PublicKey"] = publicKey });
        builder.AddCoproDiscord();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Discord:PublicKey", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Body(object interaction) => Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(interaction));

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"status\":{(int)expected}", body, StringComparison.Ordinal);
    }
}
