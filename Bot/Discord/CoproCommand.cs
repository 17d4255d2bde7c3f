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

    /// <summary>The command set, as Discord's bulk overwrite expects it, its names and descriptions in English and in French.</summary>
    /// <remarks>
    /// Discord shows each name and description in the person's client language from <c>name_localizations</c> and
    /// <c>description_localizations</c>. The English names are the command's own: an interaction always carries them,
    /// whatever the person saw, and the bot reads them.
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
                    Sub(Phrase.DiscordNameAsk, Phrase.DiscordAsk, Text(Phrase.DiscordNameQuestion, Phrase.DiscordAskQuestion, autocomplete: false)),
                    Sub(Phrase.DiscordNameCase, Phrase.DiscordCase, Text(Phrase.DiscordNameCaseOption, Phrase.DiscordCaseOption, autocomplete: true)),
                    Sub(Phrase.DiscordNameCompare, Phrase.DiscordCompare, Text(Phrase.DiscordNameFeature, Phrase.DiscordCompareFeature, autocomplete: true)),
                    Sub(Phrase.DiscordNameReflect, Phrase.DiscordReflect, Text(Phrase.DiscordNameCaseOption, Phrase.DiscordReflectCase, autocomplete: true)),
                    Sub(Phrase.DiscordNameMyData, Phrase.DiscordMyData),
                    Sub(Phrase.DiscordNameExportMyData, Phrase.DiscordExportMyData),
                    Sub(Phrase.DiscordNameForgetMe, Phrase.DiscordForgetMe),
                    Sub(Phrase.DiscordNameHelp, Phrase.DiscordHelp),
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

    /// <summary>Up to 25 choices matching what the person has typed in the focused option, named in their language.</summary>
    public static JsonObject Autocomplete(JsonElement data, ICommandChoices choices, Language say)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var (_, focusedName, typed) = Focused(data);
        var feature = focusedName == "feature";
        var list = feature ? choices.FeaturesIn(say) : choices.Cases;

        // What is typed may be the English name as well as the shown one: the knowledge's own words are English.
        var english = feature ? choices.Features.ToDictionary(choice => choice.Id, choice => choice.Name, StringComparer.Ordinal) : [];
        var matches = new JsonArray();
        foreach (var choice in list.Where(choice => typed.Length == 0
            || choice.Id.Contains(typed, StringComparison.OrdinalIgnoreCase)
            || choice.Name.Contains(typed, StringComparison.OrdinalIgnoreCase)
            || (english.TryGetValue(choice.Id, out var original) && original.Contains(typed, StringComparison.OrdinalIgnoreCase))).Take(25))
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

    private static JsonObject Sub(Phrase name, Phrase description, params JsonObject[] options) => Described(
        Named(new JsonObject { ["type"] = SubCommand }, name, options),
        description);

    private static JsonObject Text(Phrase name, Phrase description, bool autocomplete)
    {
        var option = Named(new JsonObject { ["type"] = StringOption }, name);
        option["required"] = true;
        option["max_length"] = autocomplete ? 100 : 1000;
        option["autocomplete"] = autocomplete;
        return Described(option, description);
    }

    // The English name is the one interactions carry back; every other language the bot speaks is shown in its place.
    private static JsonObject Named(JsonObject definition, Phrase name, JsonObject[]? options = null)
    {
        definition["name"] = Language.English[name];
        definition["name_localizations"] = Localized(name);
        if (options is not null)
        {
            definition["options"] = new JsonArray(options);
        }

        return definition;
    }

    // English is the default Discord shows; every other language the bot speaks is a localisation ("fr" on Discord).
    private static JsonObject Described(JsonObject definition, Phrase description)
    {
        definition["description"] = Language.English[description];
        definition["description_localizations"] = Localized(description);
        return definition;
    }

    private static JsonObject Localized(Phrase phrase)
    {
        var localized = new JsonObject();
        foreach (var language in Language.All.Where(language => language != Language.English))
        {
            localized[language.Code] = language[phrase];
        }

        return localized;
    }
}
