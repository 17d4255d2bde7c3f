using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Storage;

/// <summary>The storage contract: every store must pass the same tests.</summary>
public abstract partial class TableStoreContract
{
    private const string Table = "contract";

    protected abstract ITableStore Store { get; }

    [Fact]
    public async Task AnInsertedEntityIsReadBackWithItsETag()
    {
        var written = await Store.InsertAsync(Table, "p", "r", "{\"a\":1}", CancellationToken.None);

        var read = await Store.GetAsync(Table, "p", "r", CancellationToken.None);

        Assert.True(written.Succeeded);
        Assert.NotNull(read);
        Assert.Equal("{\"a\":1}", read.Data);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task AMissingEntityReadsAsNull()
    {
        Assert.Null(await Store.GetAsync(Table, "nobody", "nothing", CancellationToken.None));
    }

    [Fact]
    public async Task ASecondInsertOfTheSameKeyIsAConflictAndChangesNothing()
    {
        await Store.InsertAsync(Table, "p", "twice", "first", CancellationToken.None);

        var second = await Store.InsertAsync(Table, "p", "twice", "second", CancellationToken.None);

        Assert.Equal(WriteStatus.Conflict, second.Status);
        Assert.Equal("first", (await Store.GetAsync(Table, "p", "twice", CancellationToken.None))!.Data);
    }

    [Fact]
    public async Task AReplaceWithTheCurrentETagSucceedsAndAStaleOneConflicts()
    {
        var first = await Store.InsertAsync(Table, "p", "etag", "v1", CancellationToken.None);
        var second = await Store.ReplaceAsync(Table, "p", "etag", "v2", first.ETag!, CancellationToken.None);

        var stale = await Store.ReplaceAsync(Table, "p", "etag", "v3", first.ETag!, CancellationToken.None);

        Assert.True(second.Succeeded);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(WriteStatus.Conflict, stale.Status);
        Assert.Equal("v2", (await Store.GetAsync(Table, "p", "etag", CancellationToken.None))!.Data);
    }

    [Fact]
    public async Task AReplaceOfAMissingEntityIsNotFound()
    {
        var result = await Store.ReplaceAsync(Table, "p", "absent", "v", "W/\"whatever\"", CancellationToken.None);

        Assert.Equal(WriteStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task AnUpsertWritesWhateverIsStored()
    {
        await Store.UpsertAsync(Table, "p", "upsert", "v1", CancellationToken.None);
        await Store.UpsertAsync(Table, "p", "upsert", "v2", CancellationToken.None);

        Assert.Equal("v2", (await Store.GetAsync(Table, "p", "upsert", CancellationToken.None))!.Data);
    }

    [Fact]
    public async Task ADeleteWithAStaleETagConflictsAndWithTheCurrentOneRemoves()
    {
        var first = await Store.InsertAsync(Table, "p", "delete", "v1", CancellationToken.None);
        var second = await Store.ReplaceAsync(Table, "p", "delete", "v2", first.ETag!, CancellationToken.None);

        var stale = await Store.DeleteAsync(Table, "p", "delete", first.ETag, CancellationToken.None);
        var current = await Store.DeleteAsync(Table, "p", "delete", second.ETag, CancellationToken.None);
        var again = await Store.DeleteAsync(Table, "p", "delete", null, CancellationToken.None);

        Assert.Equal(WriteStatus.Conflict, stale.Status);
        Assert.True(current.Succeeded);
        Assert.Equal(WriteStatus.NotFound, again.Status);
        Assert.Null(await Store.GetAsync(Table, "p", "delete", CancellationToken.None));
    }

    [Fact]
    public async Task APartitionQueryReturnsOnlyThatPartitionInRowKeyOrder()
    {
        await Store.UpsertAsync(Table, "case-b", "2", "b2", CancellationToken.None);
        await Store.UpsertAsync(Table, "case-a", "2", "a2", CancellationToken.None);
        await Store.UpsertAsync(Table, "case-a", "1", "a1", CancellationToken.None);

        var rows = await ToListAsync(Store.QueryPartitionAsync(Table, "case-a", CancellationToken.None));

        Assert.Equal(["1", "2"], rows.Select(r => r.RowKey));
        Assert.All(rows, r => Assert.Equal("case-a", r.PartitionKey));
    }

    [Fact]
    public async Task KeysWithCharactersTablesForbidAreStoredAndReturnedUnchanged()
    {
        const string partition = "msteams/conversations/19:a#b?c\\d%e\u0001f";
        const string row = "row/with#odd?chars";
        await Store.UpsertAsync(Table, partition, row, "odd", CancellationToken.None);

        var read = await Store.GetAsync(Table, partition, row, CancellationToken.None);
        var rows = await ToListAsync(Store.QueryPartitionAsync(Table, partition, CancellationToken.None));

        Assert.Equal("odd", read!.Data);
        Assert.Equal(partition, Assert.Single(rows).PartitionKey);
        Assert.Equal(row, rows[0].RowKey);
    }

    [Fact]
    public async Task OverLongKeysAreShortenedYetStayDistinctAndReadable()
    {
        var common = "a:" + new string('x', 2000);
        var first = common + "1";
        var second = common + "2";
        await Store.UpsertAsync(Table, first, "r", "one", CancellationToken.None);
        await Store.UpsertAsync(Table, second, "r", "two", CancellationToken.None);

        Assert.Equal("one", (await Store.GetAsync(Table, first, "r", CancellationToken.None))!.Data);
        Assert.Equal("two", (await Store.GetAsync(Table, second, "r", CancellationToken.None))!.Data);
        Assert.Equal(second, Assert.Single(await ToListAsync(Store.QueryPartitionAsync(Table, second, CancellationToken.None))).PartitionKey);
    }

    [Fact]
    public async Task ValuesLargerThanOneTablePropertyRoundTripWhole()
    {
        var large = string.Concat(Enumerable.Range(0, 200_000).Select(i => (char)('a' + (i % 26))));

        await Store.UpsertAsync(Table, "p", "large", large, CancellationToken.None);

        Assert.Equal(large, (await Store.GetAsync(Table, "p", "large", CancellationToken.None))!.Data);
    }

    [Fact]
    public async Task ValuesOverTheLimitAreRefusedClearlyAndNothingIsWritten()
    {
        var tooLarge = new string('z', ITableStore.MaxValueLength + 1);

        var error = await Assert.ThrowsAsync<ValueTooLargeException>(() => Store.UpsertAsync(Table, "p", "too-large", tooLarge, CancellationToken.None));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
        Assert.Null(await Store.GetAsync(Table, "p", "too-large", CancellationToken.None));
    }

    [Fact]
    public async Task AnEmptyETagIsAnError()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReplaceAsync(Table, "p", "r", "v", string.Empty, CancellationToken.None));
    }

    private static async Task<List<StoredEntity>> ToListAsync(IAsyncEnumerable<StoredEntity> source)
    {
        var list = new List<StoredEntity>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
