using CoproBot.Bot.BotFramework;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;

namespace CoproBot.Tests.Hosting;

public sealed class SharedContractTests
{
    [Fact]
    public async Task ConnectorClientsForRepliesShareOneSetOfJsonContracts()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        var authentication = new SharedContractAuthentication(new ConfigurationBotFrameworkAuthentication(configuration));
        var activity = new Activity(ActivityTypes.Message) { ChannelId = "msteams", ServiceUrl = "http://127.0.0.1:1/" };

        // This is the path CloudAdapter takes for every turn: the factory comes with the authentication result.
        var first = await authentication.AuthenticateRequestAsync(activity, string.Empty, CancellationToken.None);
        var second = await authentication.AuthenticateRequestAsync(activity, string.Empty, CancellationToken.None);
        var one = (ConnectorClient)await first.ConnectorFactory.CreateAsync(activity.ServiceUrl, first.Audience, CancellationToken.None);
        var two = (ConnectorClient)await second.ConnectorFactory.CreateAsync(activity.ServiceUrl, second.Audience, CancellationToken.None);

        Assert.Same(one.SerializationSettings.ContractResolver, two.SerializationSettings.ContractResolver);
        Assert.Same(one.DeserializationSettings.ContractResolver, two.DeserializationSettings.ContractResolver);

        // One client serves every turn to the same channel, and a turn disposing what it was given does not end it.
        Assert.Same(one, two);
        one.Dispose();
        Assert.NotNull(two.HttpClient);
        Assert.Same(two, await second.ConnectorFactory.CreateAsync(activity.ServiceUrl, second.Audience, CancellationToken.None));
    }
}
