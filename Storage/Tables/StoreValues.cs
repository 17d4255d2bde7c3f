namespace CoproBot.Storage.Tables;

/// <summary>Argument checks shared by the stores so they refuse the same things in the same way.</summary>
internal static class StoreValues
{
    public static void CheckWrite(string table, string partitionKey, string rowKey, string data)
    {
        TableName.Validate(table);
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length > ITableStore.MaxValueLength)
        {
            throw ValueTooLargeException.For(table, data.Length);
        }
    }

    public static void CheckETag(string? etag)
    {
        if (etag is { Length: 0 })
        {
            throw new ArgumentException("An empty ETag is not allowed: pass the ETag that was read, or none to act unconditionally.", nameof(etag));
        }
    }
}
