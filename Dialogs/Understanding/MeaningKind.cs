namespace CoproBot.Dialogs.Understanding;

/// <summary>What a message means; its name in the vocabulary file is the same in kebab case ("where-am-i").</summary>
public enum MeaningKind
{
    /// <summary>Nothing certain: the words could not be read in this context.</summary>
    Nothing,

    /// <summary>An answer to a free-text question (or the place asked for).</summary>
    Answer,

    /// <summary>A rating from 1 to 5; <see cref="Meaning.Rating"/> holds it.</summary>
    Rating,

    /// <summary>The optional note after a rating.</summary>
    Note,
    NoNote,

    // Steering a reflection.
    Help,
    Explain,
    Back,
    Skip,
    Repeat,
    WhereAmI,
    Pause,
    Resume,
    NotNow,
    Cancel,

    // Reflections outside a running one.
    StartReflection,
    ListReflections,
    OpenReflection,
    ExportReflection,

    /// <summary>A question about the cases; <see cref="Meaning.Argument"/> holds it when it came after "?" or "ask CoproBot".</summary>
    KnowledgeQuestion,

    // A person's own data.
    MyData,
    ExportMyData,

    /// <summary>The same export as readable JSON.</summary>
    ExportMyDataAsJson,
    ForgetMe,

    // Answers to a yes/no question.
    Yes,
    No,
    Unsure,

    // Small talk.
    Thanks,
    Greeting,
    Goodbye,

    // Steering a group session (help and "where are we" are the shared Help and WhereAmI).
    GroupStart,
    Join,
    Next,
    Reveal,
    Reopen,
    Mode,
    End,
    HandOver,
    Pass,
    Park,
    Own,
    ParkingLot,
    Withdraw,
    ExportMarkdown,
    ExportCsv,
    Contribute,

    /// <summary>Who has contributed and who has not yet ("who hasn't spoken?", "how many have answered?").</summary>
    Participation,
}
