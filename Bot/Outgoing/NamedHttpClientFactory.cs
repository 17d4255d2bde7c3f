namespace CoproBot.Bot.Outgoing;

/// <summary>Hands out one named client whatever name is asked for, for libraries that only call CreateClient().</summary>
public sealed class NamedHttpClientFactory(IHttpClientFactory inner, string clientName) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => inner.CreateClient(clientName);
}
