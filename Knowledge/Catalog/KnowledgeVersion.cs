namespace CoproBot.Knowledge.Catalog;

/// <summary>Which knowledge is current: its generation in the store, where it came from, and its content hash.</summary>
/// <remarks>Source is <c>seed</c> (the shipped table) or <c>import</c> (an admin's file).</remarks>
public sealed record KnowledgeVersion(long Generation, string Source, string ContentHash, DateTimeOffset UpdatedAt)
{
    public const string SeedSource = "seed";
    public const string ImportSource = "import";
}
