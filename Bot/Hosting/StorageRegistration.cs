using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Observability;
using CoproBot.Storage.Azure;
using CoproBot.Storage.Sqlite;
using CoproBot.Storage.Tables;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Hosting;

public static class StorageRegistration
{
    public static IHostApplicationBuilder AddCoproStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .ValidateSettings(StorageOptions.Section);

        // Measured here, where it is made, so no later registration has to find it and wrap it.
        builder.Services.AddCoproTelemetryCore();
        builder.Services.AddSingleton<ITableStore>(services =>
        {
            var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            ITableStore store = options.UsesAzure
                ? new AzureTableStore(options.AzureTablesConnectionString, options.TablePrefix, TimeSpan.FromSeconds(options.NetworkTimeoutSeconds))
                : new SqliteTableStore(options.EmbeddedFilePath);
            return new InstrumentedTableStore(store, services.GetRequiredService<CoproBotTelemetry>(), services.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddBotState();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [StoreHealthCheck.ReadinessTag]);
        return builder;
    }
}
