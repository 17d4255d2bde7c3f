using CoproBot.Bot.Hosting;

var app = CoproHost.CreateBuilder(args).Build();
app.UseCoproEndpoints();
return await app.RunAsync(args);

/// <summary>The entry point, visible to the functional tests.</summary>
public partial class Program;
