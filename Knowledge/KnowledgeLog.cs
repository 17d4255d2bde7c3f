using Microsoft.Extensions.Logging;

namespace CoproBot.Knowledge;

/// <summary>Every log event of the knowledge library, with stable ids (3000-3099).</summary>
internal static partial class KnowledgeLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Seeded the knowledge store with the shipped knowledge {ContentHash} as generation {Generation}")]
    public static partial void Seeded(ILogger logger, string contentHash, long generation);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Upgraded the stored seed knowledge from {OldHash} to the shipped {NewHash} as generation {Generation}")]
    public static partial void SeedUpgraded(ILogger logger, string oldHash, string newHash, long generation);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "The stored knowledge already is the shipped seed {ContentHash}")]
    public static partial void SeedUnchanged(ILogger logger, string contentHash);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Kept the imported knowledge {ContentHash}; the shipped seed {ShippedHash} differs from the seed {SupersededHash} it replaced and is not applied")]
    public static partial void ImportKeptOverNewerSeed(ILogger logger, string contentHash, string shippedHash, string? supersededHash);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Imported knowledge {ContentHash} with {CaseCount} cases and {FeatureCount} features as generation {Generation}")]
    public static partial void Imported(ILogger logger, string contentHash, int caseCount, int featureCount, long generation);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Another writer changed the knowledge first; generation {Generation} was discarded")]
    public static partial void ImportConflict(ILogger logger, long generation);

    // Instances that start together all try to seed; the first wins and the rest serve what it wrote.
    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Another instance seeded the knowledge first; generation {Generation} was discarded and theirs is served")]
    public static partial void SeedRaced(ILogger logger, long generation);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "The knowledge file was rejected with {ErrorCount} errors; the first is on line {Line}")]
    public static partial void ImportRejected(ILogger logger, int errorCount, int line);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Could not remove the superseded knowledge generation {Generation}; it is unused and will be retried at the next write")]
    public static partial void CleanupFailed(ILogger logger, Exception exception, string generation);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Loaded knowledge generation {Generation} ({Source}, {ContentHash})")]
    public static partial void Loaded(ILogger logger, long generation, string source, string contentHash);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Debug, Message = "Generation {Generation} changed while it was read; reading again")]
    public static partial void ReadRaced(ILogger logger, string generation);
}
