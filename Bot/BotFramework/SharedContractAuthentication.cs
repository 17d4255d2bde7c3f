using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Serialization;

namespace CoproBot.Bot.BotFramework;

/// <summary>Bot Framework authentication whose connector clients are shared between turns, with one set of JSON contracts.</summary>
/// <remarks>
/// The stock connector factory builds a new <see cref="ConnectorClient"/> per turn. Each one brings a fresh contract
/// resolver that reflects over the whole <see cref="Activity"/> type again, and sets up its HTTP pipeline (parsing
/// regular expressions for its user agent on the way). Sharing the resolvers pays the first cost once per process,
/// about twenty times the throughput on a small machine; keeping one client per service URL and audience pays the
/// second once per channel. The user-token (OAuth) client CloudAdapter makes for every turn is made only when a turn
/// first uses it, which CoproBot's turns never do. Clients are shared for one bot (one app id), as CoproBot is.
/// </remarks>
public sealed class SharedContractAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    // The connector itself swaps in DefaultContractResolver (so anonymous types serialise); share the same kind.
    private static readonly DefaultContractResolver SerializationResolver = new();
    private static readonly DefaultContractResolver DeserializationResolver = new();

    // Clients are made again now and then, so the HTTP handler they hold is renewed (and DNS changes are seen).
    private static readonly TimeSpan ClientLifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<(string ServiceUrl, string? Audience), SharedClient> _clients = new();

    // CloudAdapter takes the connector factory for replies from the authentication result, not from
    // CreateConnectorFactory, so both paths must hand out the sharing factory.
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Shared(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Shared(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedContractConnectorFactory(this, inner.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private AuthenticateRequestResult Shared(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is not null and not SharedContractConnectorFactory)
        {
            result.ConnectorFactory = new SharedContractConnectorFactory(this, result.ConnectorFactory);
        }

        return result;
    }

    private async Task<IConnectorClient> ClientAsync(ConnectorFactory factory, string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var key = (serviceUrl.TrimEnd('/'), audience);
        var now = Environment.TickCount64;
        var shared = _clients.GetOrAdd(key, _ => new SharedClient(factory, serviceUrl, audience, now));
        if (now - shared.Made > ClientLifetime.TotalMilliseconds)
        {
            var renewed = new SharedClient(factory, serviceUrl, audience, now);
            shared = _clients.TryUpdate(key, renewed, shared) ? renewed : _clients.GetOrAdd(key, renewed);
        }

        try
        {
            return await shared.Client.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A client that could not be made is not kept: the next turn tries again.
            _clients.TryRemove(new KeyValuePair<(string, string?), SharedClient>(key, shared));
            throw;
        }
    }

    private static async Task<IConnectorClient> CreateAsync(ConnectorFactory factory, string serviceUrl, string audience)
    {
        var made = await factory.CreateAsync(serviceUrl, audience, CancellationToken.None);
        if (made is not ConnectorClient { HttpClient: { } http } connector)
        {
            throw new InvalidOperationException("The Bot Framework connector factory returned a client CoproBot cannot share.");
        }

        var kept = new KeptConnectorClient(connector.BaseUri, connector.Credentials, http);
        kept.SerializationSettings.ContractResolver = SerializationResolver;
        kept.DeserializationSettings.ContractResolver = DeserializationResolver;
        return kept;
    }

    private sealed class SharedClient(ConnectorFactory factory, string serviceUrl, string audience, long made)
    {
        public long Made => made;

        public Lazy<Task<IConnectorClient>> Client { get; } = new(() => CreateAsync(factory, serviceUrl, audience));
    }

    private sealed class SharedContractConnectorFactory(SharedContractAuthentication owner, ConnectorFactory inner) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            owner.ClientAsync(inner, serviceUrl, audience, cancellationToken);
    }

    /// <summary>A shared client handed to each turn: the turn context disposes what it holds, and this one must outlive the turn.</summary>
    private sealed class KeptConnectorClient(Uri baseUri, Microsoft.Rest.ServiceClientCredentials credentials, HttpClient httpClient)
        : ConnectorClient(baseUri, credentials, httpClient, disposeHttpClient: false)
    {
        // The base would drop its HTTP client, and the next turn would find it gone.
#pragma warning disable CA2215 // Dispose methods should call base class dispose
        protected override void Dispose(bool disposing)
#pragma warning restore CA2215
        {
            // Shared across turns for the life of the process; its HTTP client belongs to the client factory.
        }
    }

    /// <summary>Makes the real user-token client on first use only.</summary>
    private sealed class DeferredUserTokenClient(Func<Task<UserTokenClient>> create) : UserTokenClient
    {
        private readonly Lazy<Task<UserTokenClient>> _client = new(create);

        public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
            await (await _client.Value).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

        public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            await (await _client.Value).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

        public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
            await (await _client.Value).SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

        public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            await (await _client.Value).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

        public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            await (await _client.Value).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

        public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            await (await _client.Value).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing && _client.IsValueCreated && _client.Value.IsCompletedSuccessfully)
            {
                _client.Value.Result.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
