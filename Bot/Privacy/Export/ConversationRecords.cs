using System.Globalization;
using System.Text.Json.Nodes;
using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Conversation;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Templates;

using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>Puts the host's own records into plain words: conversation progress, how to reach the person, welcomes.</summary>
public static class ConversationRecords
{
    public const string DialogStateProperty = "ReflectionDialogState";

    /// <summary>Where a state key (<c>channel/conversations/id[/users/id]</c>) belongs, in words.</summary>
    public static string WhereOf(Language say, string stateKey)
    {
        var parts = stateKey.Split("/conversations/", 2);
        var conversation = parts.Length == 2 ? parts[1].Split("/users/", 2)[0] : stateKey;
        return ExportWords.Where(say, parts[0], conversation);
    }

    /// <summary>What a conversation's state keeps besides a reflection, and anything in it without plain words.</summary>
    public static ExportItem Progress(Language say, string stateKey, JObject state, CoproBot.Knowledge.Model.KnowledgeBase knowledge)
    {
        var fields = new List<ExportField>();
        var unknown = new JObject();
        foreach (var (name, value) in state)
        {
            switch (name)
            {
                case DialogStateProperty:
                    var stack = value?["DialogStack"] as JArray;
                    fields.Add(new(say[Phrase.ExportReflectionUnderWay], say[stack is { Count: > 0 } ? Phrase.ExportReflectionUnderWayYes : Phrase.ExportNone]));
                    break;
                case TemplateTurns.DialogStateProperty:
                    var making = value?["DialogStack"] as JArray;
                    fields.Add(new(say[Phrase.ExportTemplateUnderWay], say[making is { Count: > 0 } ? Phrase.ExportTemplateUnderWayYes : Phrase.ExportNone]));
                    break;
                case nameof(ConversationData):
                    var data = value?.ToObject<ConversationData>() ?? new ConversationData();
                    var cases = data.LastCaseIds.Select(id => knowledge.HasCase(id) ? knowledge.Case(id).Name : id);
                    var features = data.LastFeatureIds.Select(id => knowledge.HasFeature(id) ? knowledge.Feature(id).Title : id);
                    var about = string.Join("; ", cases.Concat(features));
                    fields.Add(new(say[Phrase.ExportLastQuestion], about.Length > 0 ? about : say[Phrase.ExportNothingYet]));
                    break;
                case TurnLedger.Property:
                    var ledger = value?.ToObject<TurnLedger>() ?? new TurnLedger();
                    fields.Add(new(say[Phrase.ExportAnswered], say.Format(Phrase.ExportAnsweredIds, ledger.Processed.Count)));
                    fields.Add(new(say[Phrase.ExportOutbox], ledger.Outbox.Count.ToString(CultureInfo.InvariantCulture)));
                    break;
                case LanguagePreference.Property:
                    var chosen = value?.ToObject<LanguagePreference>()?.Code;
                    fields.Add(new(say[Phrase.ExportLanguageChosen], Language.ForLocale(chosen)?.Name ?? chosen ?? say[Phrase.ExportNone]));
                    break;
                case PersonalRecordsMark.Property:
                    var mark = value?.ToObject<PersonalRecordsMark>() ?? new PersonalRecordsMark();
                    fields.Add(new(say[Phrase.ExportListed], say[mark.Named > 0 ? Phrase.ExportListedYes : Phrase.ExportNotYet]));
                    if (mark.Reference is { } fingerprint)
                    {
                        fields.Add(new(say[Phrase.ExportFingerprint], fingerprint));
                    }

                    break;
                default:
                    unknown[name] = value?.DeepClone();
                    break;
            }
        }

        return new ExportItem(WhereOf(say, stateKey), fields)
        {
            Data = unknown.Count > 0 ? NestedJson.Parse(unknown.ToString(Formatting.None)) : null,
        };
    }

    public static ExportItem Reference(Language say, string data)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(data) ?? throw new JsonException("An empty reference.");
        var fields = new List<ExportField>
        {
            new(say[Phrase.ExportChannel], ExportWords.Channel(say, reference.ChannelId)),
            new(say[Phrase.ExportConversationId], reference.Conversation?.Id ?? say[Phrase.ExportNone]),

            // The channel's own kind ("channel", "groupChat") is kept as the channel names it.
            new(say[Phrase.ExportConversationKind], reference.Conversation?.ConversationType ?? say[reference.Conversation?.IsGroup == true ? Phrase.ExportGroupConversation : Phrase.ExportPersonalConversation]),
        };
        AddIf(fields, say[Phrase.ExportUserId], reference.User?.Id);
        AddIf(fields, say[Phrase.ExportTenant], reference.Conversation?.TenantId);
        AddIf(fields, say[Phrase.ExportLocale], reference.Locale);
        AddIf(fields, say[Phrase.ExportServiceUrl], reference.ServiceUrl);
        AddIf(fields, say[Phrase.ExportBotId], reference.Bot?.Id);
        return new ExportItem(ExportWords.Where(say, reference.ChannelId, reference.Conversation?.Id), fields);
    }

    public static ExportItem Welcome(Language say, string channelId, string conversationId, string data)
    {
        var at = JsonNode.Parse(data)?["at"]?.GetValue<string>() ?? throw new JsonException("A welcome without a time.");
        return new ExportItem(
            say[Phrase.ExportWelcome],
            [new(say[Phrase.ExportWhere], ExportWords.Where(say, channelId, conversationId)), new(say[Phrase.ExportWhen], ExportWords.Date(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)))]);
    }

    public static ExportItem ForgetRequest(Language say, string data) => new(
        say[Phrase.ExportForgetRequest],
        [new(say[Phrase.ExportAsked], ExportWords.Date(DateTimeOffset.Parse(data, CultureInfo.InvariantCulture)))]);

    private static void AddIf(List<ExportField> fields, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add(new(label, value));
        }
    }
}
