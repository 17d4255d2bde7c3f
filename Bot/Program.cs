using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Home;
using CoproBot.Bot.Hosting;
using CoproBot.Bot.Observability;

var builder = WebApplication.CreateBuilder(CommandLine.HostArguments(args));
builder.AddCoproReadinessChecks();
builder.AddCoproStorage();
builder.AddCoproBot();
builder.AddCoproTelemetry();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHomePage();
app.MapHealth();
app.MapBotMessages();

return await app.RunAsync(args);

/// <summary>The entry point, visible to the functional tests.</summary>
public partial class Program;
