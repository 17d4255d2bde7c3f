using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace CoproBot.LoadBench;

/// <summary>The stock floor: a bare echo bot on an unmodified Bot Framework CloudAdapter, as the samples set it up.</summary>
public sealed class StockEchoHost : IBotUnderTest
{
    private readonly WebApplication _app;

    private StockEchoHost(WebApplication app) => _app = app;

    public string MessagesUrl => _app.Urls.First().TrimEnd('/') + "/api/messages";

    public static async Task<StockEchoHost> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) => adapter.ProcessAsync(request, response, bot));
        await app.StartAsync();
        return new StockEchoHost(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
