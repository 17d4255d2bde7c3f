using System.Net;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Hosting;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task WithAnAppIdARequestWithoutATokenIsRejectedWith401()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = "66666666-7777-8888-9999-000000000000",
        });

        var response = await host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, "conv-auth", "hello"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(host.Connector.Drain());
    }

    [Fact]
    public async Task WithAnAppIdAForgedTokenIsRejectedWith401()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = "66666666-7777-8888-9999-000000000000",
        });
        host.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.");

        var response = await host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, "conv-auth-forged", "hello"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
