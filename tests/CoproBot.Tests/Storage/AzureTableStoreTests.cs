using CoproBot.Storage.Azure;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Storage;

[Collection(AzuriteGroup.Name)]
public sealed class AzureTableStoreTests(AzuriteFixture azurite) : TableStoreContract
{
    // Every test gets tables of its own, so tests never see each other's rows.
    protected override ITableStore Store { get; } = new AzureTableStore(azurite.ConnectionString, UniquePrefix(), TimeSpan.FromSeconds(10));

    [Fact]
    public async Task AnAzureStoreReportsItselfReachable()
    {
        Assert.True(await Store.PingAsync(CancellationToken.None));
    }

    private static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];
}
