using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Discord;
using CoproBot.Bot.Home;
using CoproBot.Bot.Hosting;
using CoproBot.Bot.KnowledgeBase;
using CoproBot.Bot.Reflection;

var builder = WebApplication.CreateBuilder(CommandLine.HostArguments(args)).UseCoproDefaults(args);
builder.AddCoproStorage();
builder.AddCoproKnowledge();
builder.AddCoproBot();
builder.AddCoproReflection();
builder.AddCoproDiscord();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();
app.MapHomePage();
app.MapHealth();
app.MapBotMessages();
app.MapDiscordInteractions();

return await app.RunAsync(args);

/// <summary>The entry point, visible to the functional tests.</summary>
public partial class Program;
