using System.Security.Cryptography;
using System.Text;

namespace CoproBot.Storage.Tables;

/// <summary>A text's SHA-256 as lower-case hex, cut short: the same on every instance and in every run.</summary>
/// <remarks>For keys and fingerprints that must not hold the text itself, or must stay short, yet name it alike everywhere.</remarks>
public static class ShortHash
{
    public static string Of(string text, int hexLength = 16) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexLength];
}
