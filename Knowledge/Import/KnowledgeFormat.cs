namespace CoproBot.Knowledge.Import;

/// <summary>The file formats knowledge can be read from or written to.</summary>
public enum KnowledgeFormat
{
    /// <summary>The tab-separated source table the cases were written in.</summary>
    SourceTable,

    /// <summary>CoproBot's own JSON schema.</summary>
    Json,

    /// <summary>A Markdown table for people to read (write only).</summary>
    Markdown,
}
