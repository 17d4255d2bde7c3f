using System.Text;
using Azure.Data.Tables;
using CoproBot.Storage.Tables;

namespace CoproBot.Storage.Azure;

/// <summary>How a stored row is written as a table entity: keys made safe for the service, data cut to the property limit.</summary>
/// <remarks>
/// A key the service would refuse is stored encoded, with the caller's key kept beside it when encoding shortened it;
/// a string property holds at most 64 KiB, so longer data is kept in numbered chunks.
/// </remarks>
internal static class AzureEntities
{
    // A string property holds at most 64 KiB, that is 32 Ki UTF-16 characters.
    private const int ChunkLength = 32_000;
    private const string DataProperty = "D";
    private const string ChunkCountProperty = "DN";
    private const string RawPartitionKeyProperty = "RawPk";
    private const string RawRowKeyProperty = "RawRk";

    public static string Key(string key) => StorageKey.Encode(key, out _);

    public static TableEntity ToEntity(string partitionKey, string rowKey, string data)
    {
        var entity = new TableEntity(StorageKey.Encode(partitionKey, out var pkShortened), StorageKey.Encode(rowKey, out var rkShortened));
        if (pkShortened)
        {
            entity[RawPartitionKeyProperty] = partitionKey;
        }

        if (rkShortened)
        {
            entity[RawRowKeyProperty] = rowKey;
        }

        if (data.Length <= ChunkLength)
        {
            entity[DataProperty] = data;
            return entity;
        }

        var chunks = (data.Length + ChunkLength - 1) / ChunkLength;
        entity[ChunkCountProperty] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            var start = i * ChunkLength;
            entity[DataProperty + i] = data.Substring(start, Math.Min(ChunkLength, data.Length - start));
        }

        return entity;
    }

    public static StoredEntity ToStored(TableEntity entity)
    {
        var partitionKey = entity.GetString(RawPartitionKeyProperty) ?? StorageKey.Decode(entity.PartitionKey);
        var rowKey = entity.GetString(RawRowKeyProperty) ?? StorageKey.Decode(entity.RowKey);
        return new StoredEntity(partitionKey, rowKey, ReadData(entity), entity.ETag.ToString());
    }

    private static string ReadData(TableEntity entity)
    {
        if (entity.GetInt32(ChunkCountProperty) is not { } chunks)
        {
            return entity.GetString(DataProperty) ?? string.Empty;
        }

        var builder = new StringBuilder(chunks * ChunkLength);
        for (var i = 0; i < chunks; i++)
        {
            builder.Append(entity.GetString(DataProperty + i));
        }

        return builder.ToString();
    }
}
