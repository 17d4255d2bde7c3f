using CoproBot.Bot.State;
using CoproBot.Storage.Azure;
using CoproBot.Storage.Sqlite;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Hosting;

public static class StorageRegistration
{
    public static IHostApplicationBuilder AddCoproStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .ValidateSettings(StorageOptions.Section);

        builder.Services.AddSingleton<ITableStore>(services =>
        {
            var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.UsesAzure
                ? new AzureTableStore(options.AzureTablesConnectionString, options.TablePrefix, TimeSpan.FromSeconds(options.NetworkTimeoutSeconds))
                : new SqliteTableStore(options.EmbeddedFilePath);
        });
        builder.Services.AddSingleton<IStorage, TableBotStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [StoreHealthCheck.ReadinessTag]);
        return builder;
    }
}
