using System.Net;
using CoproBot.Bot.BotFramework;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Hosting;

public sealed class FailureTests
{
    [Fact]
    public async Task WhenTheStoreIsUnreachableTheUserIsToldTheirWordsWereNotSavedAndReadinessFails()
    {
        // Nothing listens on this port: every storage call fails as it would during an outage.
        var unreachable = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + $"TableEndpoint=http://127.0.0.1:{FreePort.Next()}/devstoreaccount1;";
        await using var host = await BotHost.StartAsync(azureConnectionString: unreachable, settings: new Dictionary<string, string?>
        {
            ["Storage:NetworkTimeoutSeconds"] = "1",
        });

        var response = await host.PostActivityAsync(Activities.Message(host.Connector.ServiceUrl, "conv-down", "hello"));
        var apology = await host.Connector.NextMessageAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TurnErrorHandler.NotSaved, apology.Text);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync("/health/ready")).StatusCode);
    }
}
