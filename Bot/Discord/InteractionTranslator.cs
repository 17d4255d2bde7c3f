using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Discord;

/// <summary>Turns an interaction into the message activity a person would have sent, so the bot needs no Discord knowledge.</summary>
/// <remarks>
/// The conversation is the channel (a guild channel or a DM), as on Teams. Commands become the words they stand for
/// (<c>/copro reflect esther</c> is "reflect on ESTHER"), with the command and its options in <c>Value</c>; a
/// pressed button or chosen option becomes the choice's value, a modal submit the text entered.
/// </remarks>
public sealed class InteractionTranslator(ICommandChoices choices, IOptions<DiscordOptions> options, TimeProvider time)
{
    /// <summary>Sub-commands whose answers are about the person alone, so only they see them.</summary>
    /// <summary>Where the value of a component or modal submit keeps its custom_id.</summary>
    public const string CustomIdKey = "customId";

    /// <summary>Where the value of a modal submit keeps its fields.</summary>
    public const string FieldsKey = "fields";

    private static readonly string[] PrivateCommands = ["my-data", "export-my-data", "forget-me"];

    public (Activity Activity, bool Ephemeral) ToActivity(Interaction interaction)
    {
        string text;
        JObject value;
        var ephemeral = false;
        switch (interaction.Type)
        {
            case Interaction.ApplicationCommand:
                var (subCommand, commandOptions) = CoproCommand.Read(interaction.Data);
                text = CoproCommand.TextOf(subCommand, commandOptions, choices);
                value = new JObject { ["command"] = subCommand.Length == 0 ? "help" : subCommand };
                foreach (var (name, optionValue) in commandOptions)
                {
                    value[name] = optionValue;
                }

                ephemeral = PrivateCommands.Contains(subCommand, StringComparer.Ordinal);
                break;
            case Interaction.MessageComponent:
                var (chosen, customId, values) = ComponentReader.ReadComponent(interaction);
                text = chosen;
                value = new JObject { [CustomIdKey] = customId, ["payload"] = chosen, ["values"] = new JArray(values) };
                break;
            default:
                var (entered, modalId, fields) = ComponentReader.ReadModal(interaction);
                text = modalId == TemplateCommandGroup.ImportModalId ? TemplateCommandGroup.ImportText(entered) : entered;
                value = new JObject { [CustomIdKey] = modalId, [FieldsKey] = JObject.FromObject(fields) };
                break;
        }

        var user = interaction.User;
        var userId = user is { } u ? Interaction.StringProperty(u, "id") ?? "unknown" : "unknown";
        var userName = user is { } named ? Interaction.StringProperty(named, "global_name") ?? Interaction.StringProperty(named, "username") : null;
        var inGuild = interaction.GuildId is not null;
        var now = time.GetUtcNow();
        var activity = new Activity(ActivityTypes.Message)
        {
            Id = interaction.Id,
            ChannelId = DiscordAdapter.ChannelId,
            ServiceUrl = options.Value.ApiBaseUrl,
            Conversation = new ConversationAccount(
                isGroup: inGuild,
                conversationType: inGuild ? "channel" : "personal",
                id: interaction.ChannelId ?? "dm:" + userId),
            From = new ChannelAccount(userId, userName),
            Recipient = new ChannelAccount(interaction.ApplicationId, "CoproBot"),
            Text = text,
            TextFormat = TextFormatTypes.Plain,
            Value = value,
            Locale = interaction.Locale,
            Timestamp = now,
            LocalTimestamp = now,
            ChannelData = new JObject
            {
                ["interactionId"] = interaction.Id,
                ["interactionType"] = interaction.Type,
                ["guildId"] = interaction.GuildId,
            },
        };
        return (activity, ephemeral);
    }

    /// <summary>Whether an interaction type starts a bot turn.</summary>
    public static bool StartsTurn(int type) => type is Interaction.ApplicationCommand or Interaction.MessageComponent or Interaction.ModalSubmit;
}
