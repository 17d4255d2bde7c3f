using CoproBot.Bot.Hosting;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Eval;

namespace CoproBot.Bot.KnowledgeBase;

/// <summary><c>kb import FILE</c>, <c>kb export FILE</c> and <c>ask --jsonl</c>: the knowledge from the command line.</summary>
public static class KnowledgeCommands
{
    public static async Task<int> KnowledgeBaseAsync(WebApplication app, string[] args)
    {
        var catalog = app.Services.GetRequiredService<KnowledgeCatalog>();
        switch (args)
        {
            case ["import", var file]:
                if (!File.Exists(file))
                {
                    throw new CommandLineException($"There is no file '{file}'.");
                }

                await catalog.InitializeAsync(CancellationToken.None);
                var result = await catalog.ImportFileAsync(file, CancellationToken.None);
                if (!result.Succeeded)
                {
                    foreach (var error in result.Errors)
                    {
                        await Console.Error.WriteLineAsync($"{file}:{error.Line}: {error.Kind}: {error.Message}");
                    }

                    await Console.Error.WriteLineAsync(result.Conflict
                        ? "Someone else changed the knowledge at the same time; nothing was imported. Try again."
                        : "Nothing was imported.");
                    return 1;
                }

                var knowledge = catalog.Current.Knowledge;
                await Console.Out.WriteLineAsync($"Imported {knowledge.Cases.Count} cases and {knowledge.Features.Count} features (generation {result.Version!.Generation}).");
                return 0;
            case ["export", var file]:
                await catalog.InitializeAsync(CancellationToken.None);
                await catalog.ExportFileAsync(file, CancellationToken.None);
                await Console.Out.WriteLineAsync($"Wrote {Path.GetFullPath(file)}");
                return 0;
            default:
                throw new CommandLineException("Usage: kb import <file.txt|file.json> | kb export <file.json|file.md|file.txt>");
        }
    }

    public static async Task<int> AskAsync(WebApplication app, string[] args)
    {
        if (args is not ["--jsonl"])
        {
            throw new CommandLineException("Usage: ask --jsonl  (one question per line on standard input, one JSON answer per line out)");
        }

        var catalog = app.Services.GetRequiredService<KnowledgeCatalog>();
        await catalog.InitializeAsync(CancellationToken.None);
        await new BatchAsker(catalog.Current).AskJsonLinesAsync(Console.In, Console.Out, CancellationToken.None);
        return 0;
    }
}
