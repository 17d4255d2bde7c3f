using CoproBot.Bot.Hosting;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Eval;
using CoproBot.Knowledge.Translation;

namespace CoproBot.Bot.KnowledgeBase;

/// <summary><c>kb import FILE</c>, <c>kb export FILE</c> and <c>ask --jsonl</c>: the knowledge from the command line.</summary>
public static class KnowledgeCommands
{
    private const string Usage = "Usage: kb import <file.txt|file.json> [--language en|fr] | kb export <file.json|file.md|file.txt> [--language en|fr]";

    public static async Task<int> KnowledgeBaseAsync(WebApplication app, string[] args)
    {
        var catalog = app.Services.GetRequiredService<KnowledgeCatalog>();
        if (args is [var verb, var path, "--language", var language] && language != KnowledgeLanguages.English)
        {
            return await TranslationAsync(catalog, verb, path, language);
        }

        switch (args is [_, _, "--language", KnowledgeLanguages.English] ? args[..2] : args)
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
                await ReportOutOfDateTranslationsAsync(catalog.Current);
                return 0;
            case ["export", var file]:
                await catalog.InitializeAsync(CancellationToken.None);
                await catalog.ExportFileAsync(file, CancellationToken.None);
                await Console.Out.WriteLineAsync($"Wrote {Path.GetFullPath(file)}");
                return 0;
            default:
                throw new CommandLineException(Usage);
        }
    }

    // A translation is not changed by a new original: the cells it now renders an older text of are shown as such in
    // answers, and listed here so whoever imported the original knows what to translate again.
    private static async Task ReportOutOfDateTranslationsAsync(KnowledgeSnapshot current)
    {
        foreach (var stored in current.Translations.Values)
        {
            var stale = stored.Translation.OutOfDate(current.Knowledge);
            if (stale.Count == 0)
            {
                continue;
            }

            var cells = stale.Select(cell => $"{current.Knowledge.Case(cell.CaseId).Name}: {current.Knowledge.Feature(cell.FeatureId).Title}");
            await Console.Out.WriteLineAsync(
                $"The '{stored.Translation.Language}' translation renders an earlier text of {stale.Count} cell(s), now shown as out of date in answers: " +
                $"{string.Join("; ", cells)}. Import a new translation with: kb import FILE --language {stored.Translation.Language}");
        }
    }

    // The translation goes beside the original, which must be in the store first: it is checked against it.
    private static async Task<int> TranslationAsync(KnowledgeCatalog catalog, string verb, string file, string language)
    {
        if (!KnowledgeLanguages.IsTranslation(language))
        {
            throw new CommandLineException($"The knowledge is kept in en and {string.Join(", ", KnowledgeLanguages.Translations)}, not '{language}'.");
        }

        switch (verb)
        {
            case "import":
                if (!File.Exists(file))
                {
                    throw new CommandLineException($"There is no file '{file}'.");
                }

                await catalog.InitializeAsync(CancellationToken.None);
                var result = await catalog.ImportTranslationFileAsync(language, file, CancellationToken.None);
                if (!result.Succeeded)
                {
                    foreach (var error in result.Errors)
                    {
                        await Console.Error.WriteLineAsync($"{file}:{error.Line}: {error.Kind}: {error.Message}");
                    }

                    await Console.Error.WriteLineAsync(result.Conflict
                        ? "Someone else changed the translation at the same time; nothing was imported. Try again."
                        : "Nothing was imported.");
                    return 1;
                }

                await Console.Out.WriteLineAsync($"Imported the '{language}' translation of {catalog.Current.Knowledge.Cases.Count} cases (generation {result.Version!.Generation}).");
                return 0;
            case "export":
                await catalog.InitializeAsync(CancellationToken.None);
                if (!await catalog.ExportTranslationFileAsync(language, file, CancellationToken.None))
                {
                    throw new CommandLineException($"There is no '{language}' translation to export.");
                }

                await Console.Out.WriteLineAsync($"Wrote {Path.GetFullPath(file)}");
                return 0;
            default:
                throw new CommandLineException(Usage);
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
