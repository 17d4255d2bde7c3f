using System.Collections.Frozen;
using System.Reflection;

namespace CoproBot.Dialogs.Languages;

/// <summary>Every phrase CoproBot says: the keys of the catalogues (<c>Catalogues/{code}.json</c>), one list for all languages.</summary>
/// <remarks>
/// Each phrase is a static field named as its key, declared with the others of its area in <c>Phrases/Phrase.{Area}.cs</c>.
/// A phrase is its name: two are equal when their names are, and the hash is worked out once, when the phrase is made.
/// The default value names no phrase: it equals none of them, is never found, and a language refuses it.
/// Placeholders are numbered ({0}, {1:N0}); each language's phrase has the same ones. See the folder README.
/// </remarks>
public readonly partial struct Phrase : IEquatable<Phrase>
{
    private readonly string? _name;
    private readonly int _hash;

    private Phrase(string name)
    {
        _name = name;
        _hash = StringComparer.Ordinal.GetHashCode(name);
    }

    /// <summary>The phrase's key in the catalogues, as its field is named; empty for the default value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Whether this is one of the phrases, and not the default value.</summary>
    public bool IsNamed => _name is not null;

    /// <summary>Every phrase, in the ordinal order of their names.</summary>
    public static IReadOnlyList<Phrase> All => Registry.All;

    /// <summary>The phrase of this exact name (ordinal, case-sensitive), as a catalogue names it.</summary>
    public static bool TryFind(string name, out Phrase phrase)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Registry.ByName.TryGetValue(name, out phrase);
    }

    public bool Equals(Phrase other) => _hash == other._hash && string.Equals(_name, other._name, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Phrase other && Equals(other);

    public override int GetHashCode() => _hash;

    public override string ToString() => Name;

    public static bool operator ==(Phrase left, Phrase right) => left.Equals(right);

    public static bool operator !=(Phrase left, Phrase right) => !left.Equals(right);

    // Built on first use, after every field of every part of Phrase has its value (the parts' order is not defined).
    private static class Registry
    {
        public static readonly IReadOnlyList<Phrase> All = Array.AsReadOnly(Gather());

        public static readonly FrozenDictionary<string, Phrase> ByName = All.ToFrozenDictionary(phrase => phrase.Name, StringComparer.Ordinal);

        private static Phrase[] Gather()
        {
            var phrases = new SortedDictionary<string, Phrase>(StringComparer.Ordinal);
            foreach (var field in typeof(Phrase).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Phrase)))
            {
                var phrase = (Phrase)field.GetValue(null)!;
                if (!string.Equals(phrase.Name, field.Name, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"The phrase {field.Name} is named {phrase.Name}; each phrase is named as its field.");
                }

                phrases.Add(phrase.Name, phrase);
            }

            return [.. phrases.Values];
        }
    }
}
