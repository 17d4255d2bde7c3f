using System.Text.Json.Nodes;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Bot.Discord;

/// <summary>Pieces of a slash command's definition, each named and described in every language the bot speaks.</summary>
internal static class CommandJson
{
    public const int SubCommand = 1;
    public const int SubCommandGroup = 2;
    public const int StringOption = 3;

    internal static JsonObject Group(Phrase name, Phrase description, params JsonObject[] subCommands) => Described(
        Named(new JsonObject { ["type"] = SubCommandGroup }, name, subCommands),
        description);

    internal static JsonObject Sub(Phrase name, Phrase description, params JsonObject[] options) => Described(
        Named(new JsonObject { ["type"] = SubCommand }, name, options),
        description);

    internal static JsonObject Text(Phrase name, Phrase description, bool autocomplete, int? maxLength = null)
    {
        var option = Named(new JsonObject { ["type"] = StringOption }, name);
        option["required"] = true;
        option["max_length"] = maxLength ?? (autocomplete ? 100 : 1000);
        option["autocomplete"] = autocomplete;
        return Described(option, description);
    }

    // The English name is the one interactions carry back; every other language the bot speaks is shown in its place.
    internal static JsonObject Named(JsonObject definition, Phrase name, JsonObject[]? options = null)
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
    internal static JsonObject Described(JsonObject definition, Phrase description)
    {
        definition["description"] = Language.English[description];
        definition["description_localizations"] = Localized(description);
        return definition;
    }

    internal static JsonObject Localized(Phrase phrase)
    {
        var localized = new JsonObject();
        foreach (var language in Language.All.Where(language => language != Language.English))
        {
            localized[language.Code] = language[phrase];
        }

        return localized;
    }
}
