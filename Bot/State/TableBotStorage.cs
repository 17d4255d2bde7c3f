using System.Globalization;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.State;

/// <summary>Bot Framework <see cref="IStorage"/> over any <see cref="ITableStore"/>, with MemoryStorage's ETag rules.</summary>
/// <remarks>
/// Items that carry an ETag (an <see cref="IStoreItem"/>, or a JObject or dictionary with an "ETag" property) are
/// written only if the ETag still matches; a null or "*" ETag writes unconditionally, <see cref="NotYetStored"/> only
/// if the item is still absent, and an empty one is an error.
/// Unlike MemoryStorage, this covers <see cref="BotState"/>'s dictionaries, which keep the ETag they were read with:
/// two turns that read the same state cannot both save it, so one person's answer never silently overwrites another.
/// </remarks>
public sealed class TableBotStorage(ITableStore store) : IStorage
{
    public const string Table = StateTable.Name;
    public const string RowKey = StateTable.RowKey;
    private const string ETagProperty = "ETag";

    /// <summary>The ETag of an item read as absent: its write succeeds only if no one has stored it meanwhile.</summary>
    public const string NotYetStored = "not-yet-stored";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = 64,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var entity = await store.GetAsync(Table, key, RowKey, cancellationToken);
            if (entity is null)
            {
                continue;
            }

            var item = JObject.Parse(entity.Data);
            item[ETagProperty] = entity.ETag;
            items[key] = item;
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                await store.DeleteAsync(Table, key, RowKey, null, cancellationToken);
                continue;
            }

            var etag = ETagOf(value);
            var data = Serialize(value);
            var result = etag switch
            {
                null or "*" => await store.UpsertAsync(Table, key, RowKey, data, cancellationToken),
                NotYetStored => await store.InsertAsync(Table, key, RowKey, data, cancellationToken),
                _ => await WriteIfUnchangedAsync(key, data, etag, cancellationToken),
            };
            if (result.Status == WriteStatus.Conflict)
            {
                throw new ETagConflictException($"The item '{key}' was changed by someone else since it was read.");
            }

            // Bot state keeps the dictionary it read for the whole turn: a second save in the same turn must carry
            // the version this write made, or it would be refused as if someone else had written.
            if (value is IDictionary<string, object> { IsReadOnly: false } state && result.ETag is not null)
            {
                state[ETagProperty] = result.ETag;
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await store.DeleteAsync(Table, key, RowKey, null, cancellationToken);
        }
    }

    private async Task<WriteResult> WriteIfUnchangedAsync(string key, string data, string etag, CancellationToken cancellationToken)
    {
        var result = await store.ReplaceAsync(Table, key, RowKey, data, etag, cancellationToken);

        // An ETag for an item that is not there: first write wins, as MemoryStorage lets it.
        return result.Status == WriteStatus.NotFound
            ? await store.InsertAsync(Table, key, RowKey, data, cancellationToken)
            : result;
    }

    // Bot state, the common case, is written as it stands; anything else is turned into JSON first to leave out its ETag.
    private static string Serialize(object value)
    {
        if (value is not IDictionary<string, object> state)
        {
            var item = JObject.FromObject(value, Serializer);
            item.Remove(ETagProperty);
            return item.ToString(Formatting.None);
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text))
        {
            writer.WriteStartObject();
            foreach (var (name, property) in state)
            {
                if (name != ETagProperty)
                {
                    writer.WritePropertyName(name);
                    Serializer.Serialize(writer, property);
                }
            }

            writer.WriteEndObject();
        }

        return text.ToString();
    }

    private static string? ETagOf(object value)
    {
        var etag = value switch
        {
            IStoreItem item => item.ETag,
            JObject json when json.TryGetValue(ETagProperty, out var token) => token.Type == JTokenType.Null ? null : token.ToString(),

            // Bot state (BotState's dictionary) carries the ETag it was read with, so its saves are checked too.
            IDictionary<string, object> state when state.TryGetValue(ETagProperty, out var stored) => stored?.ToString(),
            _ => null,
        };
        if (etag is { Length: 0 })
        {
            throw new ArgumentException("An empty ETag is not allowed: pass the ETag that was read, or null or \"*\" to write unconditionally.", nameof(value));
        }

        return etag;
    }
}
