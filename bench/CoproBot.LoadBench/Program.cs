using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.LoadBench;

/// <summary>Whole-turn load benchmark: the stock Bot Framework floor, CoproBot's own wiring with an echo bot (the limit),
/// and CoproBot's real scenarios, all in one invocation so the ratios compare like with like on a noisy machine.</summary>
internal static class LoadBenchProgram
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var connections = Math.Max(options.Conversations, 16);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        var runner = new LoadRunner(http, connections);
        await using var sink = await ConnectorSink.StartAsync();
        var questions = TurnPayloads.Questions();
        var reflection = ReflectionScript.Esther();
        var results = new List<ScenarioResult>();
        Azurite? azurite = null;

        try
        {
            foreach (var scenario in options.Scenarios)
            {
                Console.Error.WriteLine($"Running {scenario} ({options.Conversations} conversations, {options.Turns} turns each)...");
                var slowedBefore = sink.SlowedDown;
                var typingBefore = sink.Typing;
                var result = scenario switch
                {
                    "echo-stock" => await RunStockAsync(),
                    "echo" => await RunCoproAsync(scenario, echo: true, azure: null, hosts: 1, (c, t) => $"hello {t}"),
                    "ask" => await RunCoproAsync(scenario, echo: false, azure: null, hosts: 1, Question),
                    "reflect" => await RunReflectAsync(scenario, azure: null, hosts: 1),
                    "ask-azurite" => await RunCoproAsync(scenario, echo: false, azure: azurite ??= await Azurite.StartAsync(), hosts: 1, Question),
                    "reflect-azurite" => await RunReflectAsync(scenario, azure: azurite ??= await Azurite.StartAsync(), hosts: 1),
                    "ask-azurite-2" => await RunCoproAsync(scenario, echo: false, azure: azurite ??= await Azurite.StartAsync(), hosts: 2, Question),
                    "reflect-azurite-2" => await RunReflectAsync(scenario, azure: azurite ??= await Azurite.StartAsync(), hosts: 2),
                    "discord" => await RunDiscordAsync(),
                    "idle" => await RunIdleAsync(),
                    _ => throw new ArgumentException($"Unknown scenario '{scenario}'."),
                };
                result.SlowedDown += sink.SlowedDown - slowedBefore;

                // Shown by turns that ran past the typing delay, warm-up included: each is one more call to the connector.
                result.Extra["typingIndicators"] = sink.Typing - typingBefore;
                results.Add(result);
            }
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }
        }

        Report.AddRatios(results);
        Console.WriteLine(Report.Table(results));
        await File.WriteAllTextAsync(options.Output, JsonSerializer.Serialize(new { machine = Environment.ProcessorCount + " cores", options.Conversations, options.Turns, results }, JsonOptions));
        Console.WriteLine($"JSON: {Path.GetFullPath(options.Output)}");
        return results.Any(r => r.Errors > 0 || r.Refused > 0 || r.SlowedDown > 0) ? 1 : 0;

        async Task<ScenarioResult> RunStockAsync()
        {
            await using var host = await StockEchoHost.StartAsync();
            return await runner.RunAsync("echo-stock", options.Conversations, options.Warmup, options.Turns, (c, t) => TurnPayloads.Activity(host.MessagesUrl, sink.Url, "echo-stock", c, t, $"hello {t}"));
        }

        string Question(int conversation, int turn) => questions[((conversation * 7) + turn) % questions.Length];

        async Task<ScenarioResult> RunCoproAsync(string name, bool echo, Azurite? azure, int hosts, Func<int, int, string> text)
        {
            // Store calls are counted on Azure Table Storage only, where one host is compared with two.
            using var storeCalls = azure is null ? null : new StoreCallCounter();
            await using var group = HostGroup.Start(hosts, echo, azure?.ConnectionString);
            var result = await runner.RunAsync(
                name, options.Conversations, options.Warmup, options.Turns, (c, t) => TurnPayloads.Activity(group.MessagesUrl(c, t), sink.Url, name, c, t, text(c, t)), storeCalls is null ? null : storeCalls.Start);
            storeCalls?.Report(result);
            return result;
        }

        async Task<ScenarioResult> RunReflectAsync(string name, Azurite? azure, int hosts)
        {
            // The first turn starts the reflection and is never measured; every measured turn is a step inside it.
            var warmup = options.Warmup with { Turns = Math.Max(1, options.Warmup.Turns) };
            using var storeCalls = new StoreCallCounter();
            await using var group = HostGroup.Start(hosts, echo: false, azure?.ConnectionString);
            var result = await runner.RunAsync(
                name, options.Conversations, warmup, options.Turns, (c, t) => TurnPayloads.Activity(group.MessagesUrl(c, t), sink.Url, name, c, t, reflection.Text(c, t)), storeCalls.Start);
            storeCalls.Report(result);

            // Every reflection is still running, so this is the state of a conversation in the middle of one.
            var conversations = Enumerable.Range(0, options.Conversations).Select(c => TurnPayloads.ConversationId(name, c)).ToList();
            var state = await StoredState.MeasureAsync(group.Services.GetRequiredService<ITableStore>(), conversations, CancellationToken.None);
            result.Extra["stateBytesPerConversation"] = state.AverageBytes;
            result.Extra["stateBytesMax"] = state.MaxBytes;
            result.Extra["stateRowsPerConversation"] = (double)state.Rows / Math.Max(1, state.Conversations);

            // A conversation that is not where the script left it did not take its turns as reflection steps.
            var step = reflection.AwaitedStep(warmup.Turns + options.Turns);
            var offScript = conversations.Count(c => !state.ReflectionSteps.TryGetValue(c, out var awaited) || awaited != step);
            result.Extra["conversationsMidReflection"] = conversations.Count - offScript;
            if (offScript > 0)
            {
                Console.Error.WriteLine($"{name}: {offScript} of {conversations.Count} conversations are not waiting on step {step + 1} of their reflection.");
                return result with { Errors = result.Errors + offScript };
            }

            return result;
        }

        async Task<ScenarioResult> RunDiscordAsync()
        {
            using var signer = new DiscordSigner();
            await using var host = CoproBotHost.Start(settings: new Dictionary<string, string?>
            {
                ["Discord:Enabled"] = "true",
                ["Discord:ApplicationId"] = Interactions.ApplicationId,
                ["Discord:PublicKey"] = signer.PublicKeyHex,
                ["Discord:BotToken"] = "bench-token",
                ["Discord:ApiBaseUrl"] = sink.Url,
            });
            var url = host.BaseUrl + "/api/discord/interactions";
            return await runner.RunAsync("discord", options.DiscordConversations, options.Warmup, options.Turns, (c, t) => TurnPayloads.Interaction(url, signer, c, t, questions[((c * 7) + t) % questions.Length]));
        }

        async Task<ScenarioResult> RunIdleAsync()
        {
            await using var host = CoproBotHost.Start();
            var result = await runner.RunAsync("idle", options.IdleConversations, new LoadRunner.Warmup(0, TimeSpan.Zero), 1, (c, t) => TurnPayloads.Activity(host.MessagesUrl, sink.Url, "idle", c, t, "hello"));
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            result.Extra["workingSetMegabytes"] = process.WorkingSet64 / 1024.0 / 1024.0;
            result.Extra["managedHeapMegabytes"] = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
            result.Extra["idleConversations"] = options.IdleConversations;
            return result;
        }
    }
}

/// <summary>Command-line options: which scenarios, how many conversations and turns, and where the JSON goes.</summary>
internal sealed record BenchOptions(string[] Scenarios, int Conversations, int DiscordConversations, LoadRunner.Warmup Warmup, int Turns, int IdleConversations, string Output)
{
    public static readonly string[] All = ["echo-stock", "echo", "ask", "reflect", "discord", "ask-azurite", "reflect-azurite", "ask-azurite-2", "reflect-azurite-2", "idle"];

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var scenario = Value("--scenario") ?? "all";
        return new BenchOptions(
            scenario == "all" ? All : scenario.Split(','),
            Number("--conversations", 200),
            Number("--discord-conversations", 50),
            new LoadRunner.Warmup(Number("--warmup-turns", 2), TimeSpan.FromSeconds(Number("--warmup-seconds", 15))),
            Number("--turns", 10),
            Number("--idle-conversations", 10_000),
            Value("--output") ?? "loadbench-results.json");
    }
}
