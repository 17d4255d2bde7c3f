namespace CoproBot.Knowledge.Lookup;

/// <summary>One word of a question: where it was, what was typed, and the word it was read as.</summary>
internal readonly record struct Token(int Start, int Length, string Typed, string Word, bool Corrected)
{
    /// <summary>The singular-ish form phrases are compared on ("approaches" and "approach" match).</summary>
    public string Form { get; } = WordForms.Light(Word);
}
