using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Model;
using CoproBot.Knowledge.Store;
using CoproBot.Knowledge.Translation;

namespace CoproBot.Tests.Knowledge;

/// <summary>The French rendering kept beside the original in the same tables, under keys that carry its language.</summary>
public abstract partial class KnowledgeStoreContract
{
    [Fact]
    public async Task ATranslationIsSeededAndImportedBesideTheOriginalWithoutTouchingIt()
    {
        var store = KnowledgeStore();
        await store.SeedAsync(ShippedKnowledge.Knowledge, Token);
        Assert.Equal(SeedOutcome.Created, await store.SeedTranslationAsync(ShippedTranslation.French, Token));
        Assert.Equal(SeedOutcome.Unchanged, await store.SeedTranslationAsync(ShippedTranslation.French, Token));

        var edited = new KnowledgeTranslation(KnowledgeLanguages.French, Edited(ShippedTranslation.French.Text, "Équilibre des pouvoirs", "Rééquilibrer le pouvoir"));
        var version = await store.ImportTranslationAsync(edited, Token);

        Assert.Equal(2, version!.Generation);
        Assert.Equal(KnowledgeVersion.ImportSource, version.Source);
        Assert.Equal(KnowledgeJson.Write(ShippedKnowledge.Knowledge), KnowledgeJson.Write((await store.LoadAsync(Token))!.Knowledge));
        Assert.Equal(1, (await store.CurrentVersionAsync(Token))!.Generation);
        Assert.Contains("Rééquilibrer le pouvoir", (await store.LoadTranslationAsync(KnowledgeLanguages.French, Token))!.Knowledge.Cell("esther", "inclusivity-principles").Items);

        // The language is in the key: its own pointer row, and generations whose keys start with it.
        Assert.NotNull(await Store.GetAsync("kbmeta", "knowledge", "current-fr", Token));
        Assert.Contains(await RowKeysAsync("kbfeatures", "esther"), key => key.StartsWith("fr-g", StringComparison.Ordinal));

        // A restart keeps the imported translation over the shipped one, and French answers quote it.
        var restarted = Catalog();
        await restarted.InitializeAsync(Token);
        var answer = restarted.Current.Ask("Quels sont les principes d'ESTHER ?", null, KnowledgeLanguages.French);
        Assert.Contains("Rééquilibrer le pouvoir", answer.Sections.Single().Items);
        Assert.Contains("Balancing power", answer.Sections.Single().Original!.Items);
    }

    [Fact]
    public async Task TheOriginalATranslationWasMadeFromIsKeptBesideItSoACatalogKnowsWhatIsOutOfDate()
    {
        var store = KnowledgeStore();
        await store.SeedAsync(ShippedKnowledge.Knowledge, Token);
        await store.SeedTranslationAsync(ShippedTranslation.French, Token);
        Assert.Equal(KnowledgeJson.Write(ShippedKnowledge.Knowledge), KnowledgeJson.Write((await store.LoadMadeFromAsync(KnowledgeLanguages.French, Token))!.Knowledge));

        // The original changes in one cell; the translation, made from the earlier one, is out of date there only.
        var catalog = Catalog();
        await catalog.InitializeAsync(Token);
        Assert.True((await catalog.ImportTextAsync(KnowledgeJson.Write(Edited(ShippedKnowledge.Knowledge, "Balancing power", "Sharing power")), KnowledgeFormat.Json, Token)).Succeeded);
        var restarted = Catalog();
        await restarted.InitializeAsync(Token);
        var french = restarted.Current.Translations[KnowledgeLanguages.French].Translation;
        Assert.Equal([("esther", "inclusivity-principles")], french.OutOfDate(restarted.Current.Knowledge).Select(c => (c.CaseId, c.FeatureId)));

        // A translation imported now is made from the new original.
        var version = await store.ImportTranslationAsync(french.MadeFor(restarted.Current.Knowledge), Token);
        Assert.NotNull(version);
        var again = Catalog();
        await again.InitializeAsync(Token);
        Assert.Empty(again.Current.Translations[KnowledgeLanguages.French].Translation.OutOfDate(again.Current.Knowledge));
        Assert.Contains("Sharing power", (await store.LoadMadeFromAsync(KnowledgeLanguages.French, Token))!.Knowledge.Cell("esther", "inclusivity-principles").Items);
    }

    private async Task<List<string>> RowKeysAsync(string table, string partition)
    {
        var keys = new List<string>();
        await foreach (var entity in Store.QueryPartitionAsync(table, partition, Token))
        {
            keys.Add(entity.RowKey);
        }

        return keys;
    }

    private static KnowledgeBase Edited(KnowledgeBase knowledge, string item, string replacement) => new(
        knowledge.Cases,
        knowledge.Features,
        [.. knowledge.Cells.Select(c => c with { Items = [.. c.Items.Select(i => i == item ? replacement : i)] })]);
}
