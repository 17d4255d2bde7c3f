using System.Text.Json;
using System.Text.Json.Nodes;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Bot.Discord;

/// <summary>The <c>/copro</c> slash command: its definition for registration, and what each use means to the bot.</summary>
public static class CoproCommand
{
    public const string Name = "copro";

    private const int SubCommand = 1;
    private const int StringOption = 3;

    /// <summary>The command set, as Discord's bulk overwrite expects it, its descriptions in English and in French.</summary>
    /// <remarks>
    /// Discord shows each description in the person's client language from <c>description_localizations</c>. The
    /// names stay as they are: an interaction always carries the command's own names, which the bot reads.
    /// </remarks>
    public static JsonArray Definitions() =>
    [
        Described(
            new JsonObject
            {
                ["name"] = Name,
                ["type"] = 1,
                ["options"] = new JsonArray
                {
                    Sub("ask", Phrase.DiscordAsk, Text("question", Phrase.DiscordAskQuestion, autocomplete: false)),
                    Sub("case", Phrase.DiscordCase, Text("case", Phrase.DiscordCaseOption, autocomplete: true)),
                    Sub("compare", Phrase.DiscordCompare, Text("feature", Phrase.DiscordCompareFeature, autocomplete: true)),
                    Sub("reflect", Phrase.DiscordReflect, Text("case", Phrase.DiscordReflectCase, autocomplete: true)),
                    Sub("my-data", Phrase.DiscordMyData),
                    Sub("export-my-data", Phrase.DiscordExportMyData),
                    Sub("forget-me", Phrase.DiscordForgetMe),
                    Sub("help", Phrase.DiscordHelp),
                },
            },
            Phrase.DiscordCommand),
    ];

    /// <summary>The sub-command used and its options, from an application command interaction.</summary>
    public static (string SubCommand, Dictionary<string, string> Options) Read(JsonElement data)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var sub = Interaction.Items(data, "options").FirstOrDefault();
        foreach (var option in Interaction.Items(sub, "options"))
        {
            if (Interaction.StringProperty(option, "name") is { } name && option.TryGetProperty("value", out var value))
            {
                options[name] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            }
        }

        return (Interaction.StringProperty(sub, "name") ?? string.Empty, options);
    }

    /// <summary>The words a person would have typed for this command, so the bot needs no Discord knowledge.</summary>
    public static string TextOf(string subCommand, IReadOnlyDictionary<string, string> options, ICommandChoices choices)
    {
        string Option(string name) => options.TryGetValue(name, out var value) ? value.Trim() : string.Empty;
        string NameOf(IReadOnlyList<CommandChoice> list, string value) =>
            list.FirstOrDefault(choice => choice.Id.Equals(value, StringComparison.OrdinalIgnoreCase))?.Name ?? value;

        return subCommand switch
        {
            "ask" => Option("question"),
            "case" => "case " + NameOf(choices.Cases, Option("case")),
            "compare" => "compare " + NameOf(choices.Features, Option("feature")),
            "reflect" => "reflect on " + NameOf(choices.Cases, Option("case")),
            "my-data" => "my data",
            "export-my-data" => "export my data",
            "forget-me" => "forget me",
            _ => "help",
        };
    }

    /// <summary>Up to 25 choices matching what the person has typed in the focused option.</summary>
    public static JsonObject Autocomplete(JsonElement data, ICommandChoices choices)
    {
        var (_, focusedName, typed) = Focused(data);
        var list = focusedName == "feature" ? choices.Features : choices.Cases;
        var matches = new JsonArray();
        foreach (var choice in list.Where(choice => typed.Length == 0
            || choice.Id.Contains(typed, StringComparison.OrdinalIgnoreCase)
            || choice.Name.Contains(typed, StringComparison.OrdinalIgnoreCase)).Take(25))
        {
            matches.Add(new JsonObject { ["name"] = choice.Name, ["value"] = choice.Id });
        }

        return new JsonObject { ["type"] = InteractionResponse.AutocompleteResult, ["data"] = new JsonObject { ["choices"] = matches } };
    }

    private static (string SubCommand, string Option, string Typed) Focused(JsonElement data)
    {
        foreach (var sub in Interaction.Items(data, "options"))
        {
            foreach (var option in Interaction.Items(sub, "options"))
            {
                if (option.ValueKind == JsonValueKind.Object && option.TryGetProperty("focused", out var focused) && focused.ValueKind == JsonValueKind.True)
                {
                    return (Interaction.StringProperty(sub, "name") ?? string.Empty, Interaction.StringProperty(option, "name") ?? string.Empty, Interaction.StringProperty(option, "value") ?? string.Empty);
                }
            }
        }

        return (string.Empty, string.Empty, string.Empty);
    }

    private static JsonObject Sub(string name, Phrase description, params JsonObject[] options) => Described(
        new JsonObject
        {
            ["type"] = SubCommand,
            ["name"] = name,
            ["options"] = new JsonArray(options),
        },
        description);

    private static JsonObject Text(string name, Phrase description, bool autocomplete) => Described(
        new JsonObject
        {
            ["type"] = StringOption,
            ["name"] = name,
            ["required"] = true,
            ["max_length"] = autocomplete ? 100 : 1000,
            ["autocomplete"] = autocomplete,
        },
        description);

    // English is the default Discord shows; every other language the bot speaks is a localisation ("fr" on Discord).
    private static JsonObject Described(JsonObject definition, Phrase description)
    {
        definition["description"] = Language.English[description];
        var localized = new JsonObject();
        foreach (var language in Language.All.Where(language => language != Language.English))
        {
            localized[language.Code] = language[description];
        }

        definition["description_localizations"] = localized;
        return definition;
    }
}
