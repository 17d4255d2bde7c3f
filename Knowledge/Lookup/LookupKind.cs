namespace CoproBot.Knowledge.Lookup;

/// <summary>How a question was understood.</summary>
public enum LookupKind
{
    /// <summary>Named cases and named features.</summary>
    Feature,

    /// <summary>A case, with no feature named: all of its features.</summary>
    Overview,

    /// <summary>One or more features across every case.</summary>
    Comparison,

    /// <summary>Found by what the cases say rather than by names ("which case talks about serious fun?").</summary>
    Content,

    /// <summary>Not about the cases, or not understood well enough to answer.</summary>
    OutOfScope,

    /// <summary>Two readings are about as likely: the person is asked which one they meant (the alternatives).</summary>
    Clarify,
}
