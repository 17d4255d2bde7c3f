namespace CoproBot.Knowledge.Store;

/// <summary>The JSON documents the knowledge is stored as; one generation is written whole before it is pointed at.</summary>
internal static class KnowledgeRows
{
    public const string MetaTable = "kbmeta";
    public const string CasesTable = "kbcases";
    public const string FeaturesTable = "kbfeatures";
    public const string PointerPartition = "knowledge";
    public const string PointerRow = "current";
    public const string ManifestPartition = "generation";

    /// <summary>Where one language of the knowledge is kept: its pointer row, and the prefix of its generations' keys.</summary>
    /// <remarks>The original keeps the keys it always had; a translation's carry its language ("current-fr", "fr-g0000000001-…").</remarks>
    public sealed record Slot(string Language, string PointerKey, string GenerationPrefix)
    {
        public static Slot Original { get; } = new("en", PointerRow, string.Empty);

        public static Slot For(string language) => language == Original.Language ? Original : new(language, $"{PointerRow}-{language}", language + "-");
    }

    /// <summary>Row key of a case feature in its case's partition: the generation, then the feature id.</summary>
    public static string FeatureRowKey(string generation, string featureId) => $"{generation}:{featureId}";

    /// <summary>The row that says which generation is current; flipping it publishes a whole generation at once.</summary>
    /// <remarks>SeedHash is the shipped seed this knowledge came from, or, for an import, the seed it superseded.</remarks>
    public sealed record Pointer(string Key, long Generation, string Source, string ContentHash, string? SeedHash, DateTimeOffset UpdatedAt);

    /// <summary>What one generation holds, so a reader knows when it has all of it.</summary>
    public sealed record Manifest(string ContentHash, List<string> CaseIds, List<FeatureRow> Features);

    public sealed record FeatureRow(string Id, string Title, List<string> Synonyms);

    public sealed record CaseRow(string Id, int Order, int Number, string Name, List<string> Aliases);

    public sealed record CellRow(string CaseId, string FeatureId, int Order, string? Text, List<string> Items);
}
