namespace CoproBot.Dialogs.Understanding;

/// <summary>
/// A reading by similarity to labelled examples of each meaning (the vocabulary's "examples"), for words the lexical
/// reading cannot place. The reader asks it only among the meanings the context allows, and only when its own reading
/// is not certain; with none, the lexical reading stands alone.
/// </summary>
public interface IMeaningExamples
{
    /// <summary>The closest meaning among <paramref name="candidates"/>, with its similarity in [0, 1], or null.</summary>
    ScoredMeaning? Nearest(string text, MessageContext context, IReadOnlyCollection<MeaningKind> candidates);
}

/// <summary>A meaning and how close a message came to its examples.</summary>
public sealed record ScoredMeaning(MeaningKind Kind, double Similarity);
