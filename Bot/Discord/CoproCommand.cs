using System.Text.Json;
using System.Text.Json.Nodes;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Bot.Discord;

/// <summary>The <c>/copro</c> slash command: its definition for registration, and what each use means to the bot.</summary>
public static class CoproCommand
{
    public const string Name = "copro";

    /// <summary>The command set, as Discord's bulk overwrite expects it, its names and descriptions in English and in French.</summary>
    /// <remarks>
    /// Discord shows each name and description in the person's client language from <c>name_localizations</c> and
    /// <c>description_localizations</c>. The English names are the command's own: an interaction always carries them,
    /// whatever the person saw, and the bot reads them.
    /// </remarks>
    public static JsonArray Definitions() =>
    [
        CommandJson.Described(
            new JsonObject
            {
                ["name"] = Name,
                ["type"] = 1,
                ["options"] = new JsonArray
                {
                    CommandJson.Sub(Phrase.DiscordNameAsk, Phrase.DiscordAsk, CommandJson.Text(Phrase.DiscordNameQuestion, Phrase.DiscordAskQuestion, autocomplete: false)),
                    CommandJson.Sub(Phrase.DiscordNameCase, Phrase.DiscordCase, CommandJson.Text(Phrase.DiscordNameCaseOption, Phrase.DiscordCaseOption, autocomplete: true)),
                    CommandJson.Sub(Phrase.DiscordNameCompare, Phrase.DiscordCompare, CommandJson.Text(Phrase.DiscordNameFeature, Phrase.DiscordCompareFeature, autocomplete: true)),
                    CommandJson.Sub(Phrase.DiscordNameReflect, Phrase.DiscordReflect, CommandJson.Text(Phrase.DiscordNameCaseOption, Phrase.DiscordReflectCase, autocomplete: true)),
                    CommandJson.Sub(Phrase.DiscordNameMyData, Phrase.DiscordMyData),
                    CommandJson.Sub(Phrase.DiscordNameExportMyData, Phrase.DiscordExportMyData),
                    CommandJson.Sub(Phrase.DiscordNameForgetMe, Phrase.DiscordForgetMe),
                    CommandJson.Sub(Phrase.DiscordNameHelp, Phrase.DiscordHelp),
                    TemplateCommandGroup.Definition(),
                },
            },
            Phrase.DiscordCommand),
    ];

    /// <summary>The sub-command used (a group's as "group sub") and its options, from an application command interaction.</summary>
    public static (string SubCommand, Dictionary<string, string> Options) Read(JsonElement data)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var sub = Interaction.Items(data, "options").FirstOrDefault();
        var group = string.Empty;
        if (sub.ValueKind == JsonValueKind.Object && sub.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.GetInt32() == CommandJson.SubCommandGroup)
        {
            // "/copro template preview" reads as the sub-command "template preview".
            group = (Interaction.StringProperty(sub, "name") ?? string.Empty) + " ";
            sub = Interaction.Items(sub, "options").FirstOrDefault();
        }

        foreach (var option in Interaction.Items(sub, "options"))
        {
            if (Interaction.StringProperty(option, "name") is { } name && option.TryGetProperty("value", out var value))
            {
                options[name] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            }
        }

        return (group + (Interaction.StringProperty(sub, "name") ?? string.Empty), options);
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
            _ when subCommand.StartsWith(TemplateCommandGroup.Prefix, StringComparison.Ordinal) => TemplateCommandGroup.TextOf(subCommand[TemplateCommandGroup.Prefix.Length..], Option(TemplateCommandGroup.NameOption)),
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
}
