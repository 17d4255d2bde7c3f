using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace CoproBot.Tests.Infrastructure;

/// <summary>Plays Discord's side of request signing with an Ed25519 key pair made for the test.</summary>
public sealed class DiscordSigner : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    /// <summary>The public key as the developer portal shows it: 64 lower-case hex digits.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public static string TimestampOf(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string Sign(string timestamp, byte[] body)
    {
        var signed = Encoding.ASCII.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, signed));
    }

    public void Dispose() => _key.Dispose();
}
