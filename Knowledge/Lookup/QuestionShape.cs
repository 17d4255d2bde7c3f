namespace CoproBot.Knowledge.Lookup;

/// <summary>What kind of answer a question wants, beyond which cells it is about.</summary>
public enum QuestionShape
{
    /// <summary>The cells themselves.</summary>
    Plain,

    /// <summary>What the cases have in common: the items that overlap ("what do they share?").</summary>
    Shared,

    /// <summary>What a case is for: the sentence that states its objective ("what's ESTHER's main goal?").</summary>
    Goal,

    /// <summary>What coproduction is: CoproBot's own one-line framing, then each case's approach.</summary>
    Definition,
}
