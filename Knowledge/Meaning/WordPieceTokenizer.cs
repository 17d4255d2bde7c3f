using System.Globalization;
using System.Text;

namespace CoproBot.Knowledge.Meaning;

/// <summary>BERT's uncased WordPiece tokenizer: lower case, accents removed, punctuation split off, words cut into the longest pieces the vocabulary knows.</summary>
public sealed class WordPieceTokenizer
{
    public const int ClassifyId = 101;
    public const int SeparatorId = 102;
    private const int UnknownId = 100;
    private const int LongestWord = 100;

    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordPieceTokenizer(IEnumerable<string> vocabularyLines)
    {
        _vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = 0;
        foreach (var line in vocabularyLines)
        {
            var token = line.TrimEnd('\r');
            if (token.Length > 0)
            {
                _vocabulary.TryAdd(token, id);
            }

            id++;
        }

        _lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int VocabularySize => _vocabulary.Count;

    /// <summary>Whether the vocabulary holds <paramref name="word"/> whole, as it does for everyday words; typos come in pieces.</summary>
    public bool IsWholeWord(string word) => word.Length > 0 && !word.StartsWith("##", StringComparison.Ordinal) && _vocabulary.ContainsKey(word);

    /// <summary>The token ids of <paramref name="text"/> between [CLS] and [SEP], at most <paramref name="maxTokens"/> in all.</summary>
    public List<long> Encode(string text, int maxTokens)
    {
        var ids = new List<long>(Math.Min(maxTokens, text.Length + 2)) { ClassifyId };
        foreach (var word in Words(Clean(text)))
        {
            if (!AddPieces(word, ids, maxTokens - 1))
            {
                break;
            }
        }

        ids.Add(SeparatorId);
        return ids;
    }

    // Lower case without accents, as the uncased model was trained: "Québec" reads as "quebec".
    private static string Clean(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var clean = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c == '\uFFFD' || (char.IsControl(c) && !char.IsWhiteSpace(c)))
            {
                continue;
            }

            clean.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        return clean.ToString();
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c == ' ' || IsPunctuation(c))
            {
                if (start >= 0)
                {
                    yield return text[start..i];
                    start = -1;
                }

                if (c != ' ')
                {
                    yield return c.ToString();
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }
    }

    private static bool IsPunctuation(char c) =>
        c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~' || char.IsPunctuation(c) || char.IsSymbol(c);

    private bool AddPieces(string word, List<long> ids, int limit)
    {
        if (word.Length > LongestWord)
        {
            return TryAdd(ids, UnknownId, limit);
        }

        var pieces = new List<long>();
        Span<char> buffer = stackalloc char[LongestWord + 2];
        var start = 0;
        while (start < word.Length)
        {
            var found = -1;
            var end = word.Length;
            for (; end > start; end--)
            {
                var length = end - start;
                var candidate = buffer;
                if (start > 0)
                {
                    candidate[0] = '#';
                    candidate[1] = '#';
                    word.AsSpan(start, length).CopyTo(candidate[2..]);
                    candidate = candidate[..(length + 2)];
                }
                else
                {
                    word.AsSpan(start, length).CopyTo(candidate);
                    candidate = candidate[..length];
                }

                if (_lookup.TryGetValue(candidate, out var id))
                {
                    found = id;
                    break;
                }
            }

            if (found < 0)
            {
                return TryAdd(ids, UnknownId, limit);
            }

            pieces.Add(found);
            start = end;
        }

        foreach (var piece in pieces)
        {
            if (!TryAdd(ids, piece, limit))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryAdd(List<long> ids, long id, int limit)
    {
        if (ids.Count >= limit)
        {
            return false;
        }

        ids.Add(id);
        return true;
    }
}
