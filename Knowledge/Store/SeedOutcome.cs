namespace CoproBot.Knowledge.Store;

/// <summary>What seeding at start-up did.</summary>
public enum SeedOutcome
{
    /// <summary>The store was empty and now holds the shipped knowledge.</summary>
    Created,

    /// <summary>The store already held this shipped knowledge.</summary>
    Unchanged,

    /// <summary>The store held an older shipped knowledge and now holds this one.</summary>
    Upgraded,

    /// <summary>The store holds an admin's import, which a restart never overwrites.</summary>
    KeptImport,

    /// <summary>Another instance changed the knowledge at the same moment; its write stands.</summary>
    Conflict,
}
