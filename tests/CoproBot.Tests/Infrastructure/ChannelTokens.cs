using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace CoproBot.Tests.Infrastructure;

/// <summary>Tokens as the Bot Connector sends them with each activity, genuine or not, for one bot's app id.</summary>
public sealed class ChannelTokens(IdentityStandIn identity, string appId)
{
    /// <summary>A token the Bot Connector would send: signed with the channels' key, for this bot and this service URL.</summary>
    public string Genuine(string serviceUrl) => Signed(identity.SigningKey, appId, serviceUrl, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30));

    /// <summary>A well-formed token with the channel's issuer and key id, signed with a key the channel never had.</summary>
    public string SignedWithAnotherKey(string serviceUrl)
    {
        using var other = RSA.Create(2048);
        return Signed(other, appId, serviceUrl, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30));
    }

    /// <summary>A token for this bot with the channel's issuer, but no signature at all (<c>alg: none</c>).</summary>
    public string WithoutSignature(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + IdentityStandIn.KeyId + "\"}"));
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            $"{{\"iss\":\"{IdentityStandIn.ChannelIssuer}\",\"aud\":\"{appId}\",\"serviceurl\":\"{serviceUrl}\",\"nbf\":{now - 60},\"exp\":{now + 1800}}}"));
        return header + "." + payload + ".";
    }

    /// <summary>A genuine token that expired an hour ago, well past any clock skew allowed.</summary>
    public string Expired(string serviceUrl) => Signed(identity.SigningKey, appId, serviceUrl, DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1));

    /// <summary>A genuine token, but for another bot.</summary>
    public string ForAnotherBot(string serviceUrl) => Signed(identity.SigningKey, "99999999-8888-7777-6666-555555555555", serviceUrl, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30));

    private static string Signed(RSA key, string audience, string serviceUrl, DateTime notBefore, DateTime expires)
    {
        var handler = new JwtSecurityTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = IdentityStandIn.ChannelIssuer,
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = IdentityStandIn.KeyId }, SecurityAlgorithms.RsaSha256),
        };
        return handler.CreateEncodedJwt(descriptor);
    }
}
