using System.Globalization;
using System.Text;

namespace CoproBot.Storage.Tables;

/// <summary>Maps any key to one that Azure Table Storage accepts, reversibly unless it had to be shortened.</summary>
/// <remarks>
/// Table keys may not hold '/', '\', '#', '?' or control characters, and are limited in size.
/// Teams conversation ids alone can exceed that, so over-long keys keep a readable prefix and a hash.
/// </remarks>
public static class StorageKey
{
    public const int MaxLength = 255;
    private const int HashHexLength = 40;

    /// <summary>Encodes a key; <paramref name="shortened"/> tells whether it can no longer be decoded.</summary>
    public static string Encode(string key, out bool shortened)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder(key.Length + 8);
        foreach (var c in key)
        {
            if (NeedsEscape(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        shortened = builder.Length > MaxLength;
        if (!shortened)
        {
            return builder.ToString();
        }

        var hash = ShortHash.Of(key, HashHexLength);
        var prefix = builder.ToString(0, MaxLength - HashHexLength - 1);
        return prefix + "~" + hash;
    }

    public static string Decode(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (!encoded.Contains('%', StringComparison.Ordinal))
        {
            return encoded;
        }

        var builder = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length && int.TryParse(encoded.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 2;
            }
            else
            {
                builder.Append(encoded[i]);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
