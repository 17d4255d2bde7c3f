using CoproBot.Storage.Azure;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Knowledge;

/// <summary>The knowledge store contract over Azure Table Storage, played by a real Azurite.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AzureKnowledgeStoreTests(AzuriteFixture azurite) : KnowledgeStoreContract
{
    protected override ITableStore Store { get; } = new AzureTableStore(azurite.ConnectionString, "k" + Guid.NewGuid().ToString("N")[..12], TimeSpan.FromSeconds(10));
}
