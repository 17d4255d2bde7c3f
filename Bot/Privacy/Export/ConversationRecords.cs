using System.Globalization;
using System.Text.Json.Nodes;
using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Conversation;

using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>Puts the host's own records into plain words: conversation progress, how to reach the person, welcomes.</summary>
public static class ConversationRecords
{
    public const string DialogStateProperty = "ReflectionDialogState";

    /// <summary>Where a state key (<c>channel/conversations/id[/users/id]</c>) belongs, in words.</summary>
    public static string WhereOf(string stateKey)
    {
        var parts = stateKey.Split("/conversations/", 2);
        var conversation = parts.Length == 2 ? parts[1].Split("/users/", 2)[0] : stateKey;
        return $"{ExportWords.Channel(parts[0])}, conversation {conversation}";
    }

    /// <summary>What a conversation's state keeps besides a reflection, and anything in it without plain words.</summary>
    public static ExportItem Progress(string stateKey, JObject state, CoproBot.Knowledge.Model.KnowledgeBase knowledge)
    {
        var fields = new List<ExportField>();
        var unknown = new JObject();
        foreach (var (name, value) in state)
        {
            switch (name)
            {
                case DialogStateProperty:
                    var stack = value?["DialogStack"] as JArray;
                    fields.Add(new("Reflection under way", stack is { Count: > 0 } ? "yes (see Reflection in progress)" : "none"));
                    break;
                case nameof(ConversationData):
                    var data = value?.ToObject<ConversationData>() ?? new ConversationData();
                    var cases = data.LastCaseIds.Select(id => knowledge.HasCase(id) ? knowledge.Case(id).Name : id);
                    var features = data.LastFeatureIds.Select(id => knowledge.HasFeature(id) ? knowledge.Feature(id).Title : id);
                    var about = string.Join("; ", cases.Concat(features));
                    fields.Add(new("Your last question was about", about.Length > 0 ? about : "nothing yet"));
                    break;
                case TurnLedger.Property:
                    var ledger = value?.ToObject<TurnLedger>() ?? new TurnLedger();
                    fields.Add(new("Messages of yours I have answered", $"the ids of the last {ledger.Processed.Count}, so a message sent again is not answered twice (never their words)"));
                    fields.Add(new("My replies not yet confirmed as delivered", ledger.Outbox.Count.ToString(CultureInfo.InvariantCulture)));
                    break;
                case LanguagePreference.Property:
                    var chosen = value?.ToObject<LanguagePreference>()?.Code;
                    fields.Add(new("The language you chose", CoproBot.Dialogs.Languages.Language.ForLocale(chosen)?.Name ?? chosen ?? "none"));
                    break;
                case PersonalRecordsMark.Property:
                    var mark = value?.ToObject<PersonalRecordsMark>() ?? new PersonalRecordsMark();
                    fields.Add(new("Listed for \"my data\" and \"forget me\"", mark.Named > 0 ? "yes, this conversation's records are" : "not yet"));
                    if (mark.Reference is { } fingerprint)
                    {
                        fields.Add(new("A fingerprint of how I can reach you here, to notice when it changes", fingerprint));
                    }

                    break;
                default:
                    unknown[name] = value?.DeepClone();
                    break;
            }
        }

        return new ExportItem(WhereOf(stateKey), fields)
        {
            Data = unknown.Count > 0 ? NestedJson.Parse(unknown.ToString(Formatting.None)) : null,
        };
    }

    public static ExportItem Reference(string data)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(data) ?? throw new JsonException("An empty reference.");
        var fields = new List<ExportField>
        {
            new("Channel", ExportWords.Channel(reference.ChannelId)),
            new("Conversation id", reference.Conversation?.Id ?? "none"),
            new("Kind of conversation", reference.Conversation?.ConversationType ?? (reference.Conversation?.IsGroup == true ? "group" : "personal")),
        };
        AddIf(fields, "Your user id", reference.User?.Id);
        AddIf(fields, "Organisation (tenant) id", reference.Conversation?.TenantId);
        AddIf(fields, "Your language setting", reference.Locale);
        AddIf(fields, "The channel's service address", reference.ServiceUrl);
        AddIf(fields, "CoproBot's id in the channel", reference.Bot?.Id);
        return new ExportItem($"{ExportWords.Channel(reference.ChannelId)}, conversation {reference.Conversation?.Id}", fields);
    }

    public static ExportItem Welcome(string channelId, string conversationId, string data)
    {
        var at = JsonNode.Parse(data)?["at"]?.GetValue<string>() ?? throw new JsonException("A welcome without a time.");
        return new ExportItem(
            "When I first greeted you",
            [new("Where", $"{ExportWords.Channel(channelId)}, conversation {conversationId}"), new("When", ExportWords.Date(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)))]);
    }

    public static ExportItem ForgetRequest(string data) => new(
        "A request to forget you, waiting for your yes or no",
        [new("Asked", ExportWords.Date(DateTimeOffset.Parse(data, CultureInfo.InvariantCulture)))]);

    private static void AddIf(List<ExportField> fields, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add(new(label, value));
        }
    }
}
