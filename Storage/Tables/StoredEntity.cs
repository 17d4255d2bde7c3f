namespace CoproBot.Storage.Tables;

/// <summary>One stored document with its keys, as the caller gave them, and its current ETag.</summary>
public sealed record StoredEntity(string PartitionKey, string RowKey, string Data, string ETag);
