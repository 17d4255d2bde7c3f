using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace CoproBot.Bot.Discord;

/// <summary>Checks that a request really comes from Discord: an Ed25519 signature over timestamp + raw body.</summary>
public sealed class DiscordSignatureVerifier(IOptions<DiscordOptions> options, TimeProvider time)
{
    /// <summary>Older requests are refused, so a captured request cannot be replayed later.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private readonly Lazy<PublicKey?> _key = new(() => TryParsePublicKey(options.Value.PublicKey, out var key) ? key : null);

    public static bool TryParsePublicKey(string hex, out PublicKey? key)
    {
        key = null;
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        return PublicKey.TryImport(SignatureAlgorithm.Ed25519, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey, out key);
    }

    /// <summary>Whether both headers are present and well formed, before the body is even read.</summary>
    public static bool HeadersAreWellFormed(string? signature, string? timestamp) =>
        signature is { Length: 128 } && signature.All(char.IsAsciiHexDigit)
        && !string.IsNullOrEmpty(timestamp) && timestamp.Length <= 20 && timestamp.All(char.IsAsciiDigit);

    public bool IsFresh(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age.Duration() <= MaxClockSkew;
    }

    public bool Verify(string signature, string timestamp, ReadOnlySpan<byte> body)
    {
        var key = _key.Value;
        if (key is null || !HeadersAreWellFormed(signature, timestamp))
        {
            return false;
        }

        var timestampBytes = Encoding.ASCII.GetBytes(timestamp);
        var signed = new byte[timestampBytes.Length + body.Length];
        timestampBytes.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(timestampBytes.Length));
        return SignatureAlgorithm.Ed25519.Verify(key, signed, Convert.FromHexString(signature));
    }
}
