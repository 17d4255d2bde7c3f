using CoproBot.Storage.Tables;

namespace CoproBot.Storage.Privacy;

/// <summary>One stored entity holding a person's data, with the table it lives in.</summary>
public sealed record PersonalRecord(string Table, StoredEntity Entity);
