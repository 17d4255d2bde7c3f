using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace CoproBot.Tests.Infrastructure;

/// <summary>
/// The Bot Framework's identity services, played on loopback over HTTPS: the OpenID metadata and signing keys that
/// channels' tokens are checked against, and the token endpoint the bot gets its own reply tokens from.
/// </summary>
/// <remarks>The bot trusts it through configuration: the endpoint settings name its URLs, and SSL_CERT_FILE its authority.</remarks>
public sealed class IdentityStandIn : IAsyncDisposable
{
    public const string KeyId = "stand-in-signing-key";
    public const string ChannelIssuer = "https://api.botframework.com";

    private static readonly string[] SigningAlgorithms = [SecurityAlgorithms.RsaSha256];
    private static readonly string[] ChannelEndorsements = ["msteams", "webchat", "directline", "emulator"];

    private readonly WebApplication _app;
    private readonly LoopbackCertificates _certificates;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<IFormCollection> _tokenRequests = new();
    private readonly ConcurrentQueue<string> _issued = new();

    private IdentityStandIn(WebApplication app, LoopbackCertificates certificates, RSA signingKey)
    {
        _app = app;
        _certificates = certificates;
        SigningKey = signingKey;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The channels' signing key; tokens signed with it are genuine.</summary>
    public RSA SigningKey { get; }

    /// <summary>The PEM file of the authority that signed this service's HTTPS certificate.</summary>
    public string AuthorityFile => _certificates.AuthorityFile;

    public string ChannelMetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => BaseUrl + "/common/v2.0/.well-known/openid-configuration";

    /// <summary>While set, the token endpoint answers 503, as the identity service does in an outage.</summary>
    public bool TokenEndpointDown { get; set; }

    /// <summary>Every path asked for, in order.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    /// <summary>The forms posted to the token endpoint.</summary>
    public IReadOnlyCollection<IFormCollection> TokenRequests => _tokenRequests;

    /// <summary>The access tokens handed to the bot.</summary>
    public IReadOnlyCollection<string> IssuedTokens => _issued;

    public static async Task<IdentityStandIn> StartAsync()
    {
        var certificates = LoopbackCertificates.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificates.Server)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new IdentityStandIn(app, certificates, RSA.Create(2048));
        app.Use(async (context, next) =>
        {
            standIn._requests.Enqueue(context.Request.Path);
            await next(context);
        });
        app.MapGet("/v1/.well-known/openidconfiguration", () => standIn.Metadata("/v1/.well-known/keys"));
        app.MapGet("/v1/.well-known/keys", () => standIn.Keys(ChannelEndorsements));
        app.MapGet("/common/v2.0/.well-known/openid-configuration", () => standIn.Metadata("/common/discovery/v2.0/keys"));
        app.MapGet("/common/discovery/v2.0/keys", () => standIn.Keys(endorsements: null));
        app.MapPost("/{tenant}/oauth2/v2.0/token", standIn.TokenAsync);
        await app.StartAsync();
        standIn.BaseUrl = app.Urls.First().TrimEnd('/');
        return standIn;
    }

    /// <summary>The authority the bot gets its reply tokens from, as the setting ToChannelFromBotLoginUrl names it.</summary>
    public string LoginUrl(string tenant) => BaseUrl + "/" + tenant;

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SigningKey.Dispose();
        _certificates.Dispose();
    }

    private IResult Metadata(string keysPath) => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = ChannelIssuer,
        ["authorization_endpoint"] = BaseUrl + "/authorize",
        ["jwks_uri"] = BaseUrl + keysPath,
        ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
    });

    private IResult Keys(string[]? endorsements)
    {
        var key = SigningKey.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(key.Modulus),
            ["e"] = Base64UrlEncoder.Encode(key.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return Results.Json(new { keys = new[] { jwk } });
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        _tokenRequests.Enqueue(form);
        if (TokenEndpointDown)
        {
            return Results.Json(new { error = "service_unavailable", error_description = "The stand-in is down." }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        // Short-lived on purpose: a token that expires within minutes is fetched again for every reply.
        var token = "stand-in-access-token-" + Guid.NewGuid().ToString("N");
        _issued.Enqueue(token);
        return Results.Json(new { token_type = "Bearer", expires_in = 60, ext_expires_in = 60, access_token = token });
    }
}
