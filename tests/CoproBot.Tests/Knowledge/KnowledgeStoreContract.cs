using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Store;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Knowledge;

/// <summary>The knowledge store's behaviour against any <see cref="ITableStore"/>: derive once per backend.</summary>
public abstract partial class KnowledgeStoreContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A fresh, empty store; each call within one test must reach the same data (a restart).</summary>
    protected abstract ITableStore Store { get; }

    private KnowledgeStore KnowledgeStore(ITableStore? store = null) => new(store ?? Store, _time, NullLogger<KnowledgeStore>.Instance);

    private KnowledgeCatalog Catalog(ITableStore? store = null) => new(KnowledgeStore(store), NullLogger<KnowledgeCatalog>.Instance);

    private static CancellationToken Token => CancellationToken.None;

    [Fact]
    public async Task SeedingAnEmptyStoreLoadsTheShippedKnowledge()
    {
        var store = KnowledgeStore();

        Assert.Equal(SeedOutcome.Created, await store.SeedAsync(ShippedKnowledge.Knowledge, Token));
        var loaded = await store.LoadAsync(Token);

        Assert.NotNull(loaded);
        Assert.Equal(KnowledgeJson.Write(ShippedKnowledge.Knowledge), KnowledgeJson.Write(loaded.Knowledge));
        Assert.Equal(KnowledgeVersion.SeedSource, loaded.Version.Source);
        Assert.Equal(_time.GetUtcNow(), loaded.Version.UpdatedAt);
    }

    [Fact]
    public async Task InstancesThatSeedAtOnceServeOneGenerationAndNeitherWarns()
    {
        var logs = new CapturedLogs();
        var services = new ServiceCollection();
        logs.AddTo(services);
        using var provider = services.BuildServiceProvider();
        var other = KnowledgeStore();
        var racing = new SeededFirstStore(Store, () => other.SeedAsync(ShippedKnowledge.Knowledge, Token));
        var first = new KnowledgeStore(racing, _time, provider.GetRequiredService<ILogger<KnowledgeStore>>());

        Assert.Equal(SeedOutcome.Conflict, await first.SeedAsync(ShippedKnowledge.Knowledge, Token));

        Assert.True(racing.Raced);
        Assert.Equal(KnowledgeJson.Write(ShippedKnowledge.Knowledge), KnowledgeJson.Write((await KnowledgeStore().LoadAsync(Token))!.Knowledge));
        Assert.DoesNotContain(logs.Lines, line => line.Level >= LogLevel.Warning);
        Assert.Contains(logs.Lines, line => line.EventId == 3010);
    }

    [Fact]
    public async Task SeedingAgainChangesNothing()
    {
        await KnowledgeStore().SeedAsync(ShippedKnowledge.Knowledge, Token);
        var first = await KnowledgeStore().LoadAsync(Token);

        Assert.Equal(SeedOutcome.Unchanged, await KnowledgeStore().SeedAsync(ShippedKnowledge.Knowledge, Token));
        var second = await KnowledgeStore().LoadAsync(Token);

        Assert.Equal(first!.Version, second!.Version);
    }

    [Fact]
    public async Task ANewerShippedSeedUpgradesTheStore()
    {
        await KnowledgeStore().SeedAsync(ShippedKnowledge.Knowledge, Token);
        var newer = Parse(KnowledgeFiles.SourceWith("What do we need to improve?", "What do we need to improve next?"));

        Assert.Equal(SeedOutcome.Upgraded, await KnowledgeStore().SeedAsync(newer, Token));
        var loaded = await KnowledgeStore().LoadAsync(Token);

        Assert.Equal("What do we need to improve next?", loaded!.Knowledge.Cell("esther", "guiding-questions").Items[2]);
        Assert.Equal(2, loaded.Version.Generation);
    }

    [Fact]
    public async Task AnImportIsNotOverwrittenByARestartWithANewerSeed()
    {
        await Catalog().InitializeAsync(Token);
        var imported = await Catalog().ImportTextAsync(KnowledgeFiles.WithFourthCase(), KnowledgeFormat.SourceTable, Token);
        Assert.True(imported.Succeeded);

        var newer = Parse(KnowledgeFiles.SourceWith("What do we need to improve?", "What do we need to improve next?"));
        Assert.Equal(SeedOutcome.KeptImport, await KnowledgeStore().SeedAsync(newer, Token));
        var restarted = Catalog();
        await restarted.InitializeAsync(Token);

        Assert.Equal(KnowledgeVersion.ImportSource, restarted.Current.Version.Source);
        Assert.True(restarted.Current.Knowledge.HasCase("peer-kitchen"));
    }

    [Fact]
    public async Task ImportingAFileWithAFourthCaseMakesThatCaseAskable()
    {
        var catalog = Catalog();
        await catalog.InitializeAsync(Token);
        var path = Path.Combine(Path.GetTempPath(), $"coprobot-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, KnowledgeFiles.WithFourthCase(), Token);
        try
        {
            var result = await catalog.ImportFileAsync(path, Token);

            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            var answer = catalog.Current.Ask("What are the inclusivity principles of the fourth case?");
            Assert.Equal(["peer-kitchen"], answer.Lookup.CaseIds);
            Assert.Equal(["inclusivity-principles"], answer.Lookup.FeatureIds);
            Assert.Equal(["Everyone eats together", "Pay what you can"], answer.Sections[0].Items);
            Assert.Equal(["peer-kitchen"], catalog.Current.Ask("Tell me about the Peer Kitchen").Lookup.CaseIds);
            Assert.Equal(4, (await KnowledgeStore().LoadAsync(Token))!.Knowledge.Cases.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(KnowledgeErrorKind.RaggedBlock, "\tWhat would make recovery real in Dundee?\n", "")]
    [InlineData(KnowledgeErrorKind.EmptyCell, "\tWhat would make recovery real in Dundee?", "\t")]
    [InlineData(KnowledgeErrorKind.DuplicateId, "Case 3 CMHA Learning Centre", "Case 3 ESTHER")]
    public async Task ARejectedFileLeavesTheStoreAndTheAnswersUnchanged(KnowledgeErrorKind kind, string find, string replace)
    {
        var catalog = Catalog();
        await catalog.InitializeAsync(Token);
        var before = await KnowledgeStore().LoadAsync(Token);

        var result = await catalog.ImportTextAsync(KnowledgeFiles.WithFourthCase().Replace(find, replace, StringComparison.Ordinal), KnowledgeFormat.SourceTable, Token);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Kind == kind && e.Line > 0);
        var after = await KnowledgeStore().LoadAsync(Token);
        Assert.Equal(before!.Version, after!.Version);
        Assert.Equal(KnowledgeJson.Write(before.Knowledge), KnowledgeJson.Write(after.Knowledge));
        Assert.False(catalog.Current.Knowledge.HasCase("peer-kitchen"));
    }

    [Fact]
    public async Task AnImportThatFailsMidWayLeavesTheOldKnowledgeVisible()
    {
        var catalog = Catalog();
        await catalog.InitializeAsync(Token);
        var failing = new FailingAfterWrites(Store, writesBeforeFailure: 7);

        await Assert.ThrowsAsync<IOException>(() => Catalog(failing).ImportTextAsync(KnowledgeFiles.WithFourthCase(), KnowledgeFormat.SourceTable, Token));

        var loaded = await KnowledgeStore().LoadAsync(Token);
        Assert.Equal(KnowledgeJson.Write(ShippedKnowledge.Knowledge), KnowledgeJson.Write(loaded!.Knowledge));
        Assert.False(catalog.Current.Knowledge.HasCase("peer-kitchen"));
    }

    [Fact]
    public async Task AllFeaturesOfACaseAreOnePartitionOfTheFeatureTable()
    {
        await KnowledgeStore().SeedAsync(ShippedKnowledge.Knowledge, Token);

        var rows = new List<StoredEntity>();
        await foreach (var row in Store.QueryPartitionAsync("kbfeatures", "esther", Token))
        {
            rows.Add(row);
        }

        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal("esther", r.PartitionKey));
    }

    [Fact]
    public async Task ASupersededGenerationIsRemoved()
    {
        await Catalog().InitializeAsync(Token);
        await Catalog().ImportTextAsync(KnowledgeFiles.WithFourthCase(), KnowledgeFormat.SourceTable, Token);

        var rows = new List<StoredEntity>();
        await foreach (var row in Store.QueryTableAsync("kbfeatures", Token))
        {
            rows.Add(row);
        }

        // The original's four cases of the new generation, and the French rendering's one generation of three and the
        // original it was made from, untouched.
        Assert.Equal(4 * 5, rows.Count(r => !r.RowKey.StartsWith("fr-", StringComparison.Ordinal)));
        Assert.Equal(3 * 5, rows.Count(r => r.RowKey.StartsWith("fr-g", StringComparison.Ordinal)));
        Assert.Equal(3 * 5, rows.Count(r => r.RowKey.StartsWith("fr-from-g", StringComparison.Ordinal)));
    }

    private static CoproBot.Knowledge.Model.KnowledgeBase Parse(string text) =>
        SourceTableParser.Parse(text, CuratedVocabulary.Shipped).Knowledge ?? throw new InvalidOperationException("The test table does not parse.");

    // Another instance seeds between this one reading the empty pointer and writing its own.
    private sealed class SeededFirstStore(ITableStore inner, Func<Task<SeedOutcome>> otherSeeds) : DelegatingTableStore(inner)
    {
        public bool Raced { get; private set; }

        public override async Task<WriteResult> InsertAsync(string table, string partitionKey, string rowKey, string data, CancellationToken cancellationToken)
        {
            if (!Raced && table == KnowledgeRows.MetaTable && partitionKey == KnowledgeRows.PointerPartition)
            {
                Raced = true;
                Assert.Equal(SeedOutcome.Created, await otherSeeds());
            }

            return await base.InsertAsync(table, partitionKey, rowKey, data, cancellationToken);
        }
    }
}
