using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Care;
using CoproBot.Bot.Discord;
using CoproBot.Bot.Group;
using CoproBot.Bot.Home;
using CoproBot.Bot.Hosting;
using CoproBot.Bot.KnowledgeBase;
using CoproBot.Bot.Observability;
using CoproBot.Bot.Reflection;
using CoproBot.Bot.Understanding;

var builder = WebApplication.CreateBuilder(CommandLine.HostArguments(args)).UseCoproDefaults(args);
builder.AddForwardedHeadersTrust();
builder.AddCoproReadinessChecks();
builder.AddCoproStorage();
builder.AddCoproKnowledge();
builder.AddCoproMeaning();
builder.AddCoproUnderstanding();
builder.AddCoproBot();
builder.AddCoproReflection();
builder.AddCoproDiscord();
builder.AddCoproGroupSessions();
builder.AddCoproTelemetry();
builder.Services.AddProblemDetails();
builder.Services.AddShutdownDrain();

var app = builder.Build();
app.UseForwardedHeadersTrust();
app.UseShutdownGate();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHomePage();
app.MapHealth();
app.MapBotMessages();
app.MapDiscordInteractions();

return await app.RunAsync(args);

/// <summary>The entry point, visible to the functional tests.</summary>
public partial class Program;
