using System.Net;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Hosting;

public sealed class BadRequestTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task MalformedJsonIsRejectedWith400()
    {
        await AssertProblemAsync(await _host.PostJsonAsync("/api/messages", "{\"type\": \"message\", "), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AJsonValueThatIsNotAnActivityIsRejectedWith400()
    {
        await AssertProblemAsync(await _host.PostJsonAsync("/api/messages", "[1, 2, 3]"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AWrongContentTypeIsRejectedWith415()
    {
        await AssertProblemAsync(await _host.PostJsonAsync("/api/messages", "{}", "text/plain"), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRejectedWith413()
    {
        var activity = Activities.Message(_host.Connector.ServiceUrl, "big", new string('x', 300_000));

        await AssertProblemAsync(await _host.PostActivityAsync(activity), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    public async Task AnActivityMissingARequiredFieldIsRejectedWith400(string field)
    {
        var activity = Activities.Message(_host.Connector.ServiceUrl, "missing", "hello");
        activity.Remove(field);

        var problem = await AssertProblemAsync(await _host.PostActivityAsync(activity), HttpStatusCode.BadRequest);

        Assert.Contains(field == "type" ? "type" : field == "conversation" ? "conversation" : "serviceUrl", problem, StringComparison.Ordinal);
        Assert.Empty(_host.Connector.Drain());
    }

    [Fact]
    public async Task AServiceUrlThatIsNotHttpIsRejectedWith400()
    {
        var activity = Activities.Message("file:///etc/passwd", "bad-url", "hello");

        await AssertProblemAsync(await _host.PostActivityAsync(activity), HttpStatusCode.BadRequest);
    }

    private static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"status\":{(int)expected}", body, StringComparison.Ordinal);
        return body;
    }
}
