namespace CoproBot.Knowledge.Import;

/// <summary>Why a knowledge file was rejected.</summary>
public enum KnowledgeErrorKind
{
    /// <summary>The file is not in the expected format at all (no header, bad JSON, ...).</summary>
    Syntax,

    /// <summary>A block has a different number of cells than the header has cases (plus the title).</summary>
    RaggedBlock,

    /// <summary>A cell names a case that the file does not define.</summary>
    UnknownCase,

    /// <summary>A cell names a feature that the file does not define.</summary>
    UnknownFeature,

    /// <summary>A cell, item, name or title is empty, or a case has no text for a feature.</summary>
    EmptyCell,

    /// <summary>Two cases, two features or two cells end up with the same id.</summary>
    DuplicateId,
}
