using CoproBot.Storage.Tables;

namespace CoproBot.Bot.Privacy;

/// <summary>What the turns of one person's conversation have already stored and named in the personal data index.</summary>
/// <remarks>
/// It lives in the person's state row for that conversation, the row every turn reads anyway. That row is itself named
/// in the index, so a "forget me" on any instance deletes the mark together with the names it vouches for: the next
/// turn, wherever it runs, finds no mark and names everything again. Nothing about it is remembered in memory.
/// </remarks>
public sealed class PersonalRecordsMark
{
    /// <summary>The state property that holds it; the turn's save treats it as bookkeeping, not as the person's state changing.</summary>
    public const string Property = "PersonalRecords";

    /// <summary>Raised when a turn comes to name a new kind of record, so every conversation names its records once more.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The version of the set of records the turns of this conversation have named; 0 when none have been.</summary>
    public int Named { get; set; }

    /// <summary>A fingerprint of the conversation reference stored for this one-to-one conversation, if any: a changed one is stored again.</summary>
    public string? Reference { get; set; }

    public static string Fingerprint(string reference) => ShortHash.Of(reference);
}
