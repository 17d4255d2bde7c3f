using System.Globalization;
using CoproBot.Bot.Conversation;
using CoproBot.Bot.Privacy;
using CoproBot.Dialogs.Group;
using CoproBot.Knowledge.Catalog;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Group;

/// <summary>Connects group facilitation to the channels: reads who wrote what, and turns replies into channel messages.</summary>
/// <remarks>The host's crisis check has read every message before it comes here, card submits included.</remarks>
public sealed class GroupSessions(GroupFacilitator facilitator, GroupCommandReader commands, KnowledgeCatalog knowledge, ILogger<GroupSessions> logger)
{
    /// <summary>Handles the message if it belongs to a group session (or starts one); false lets the rest of the bot have it.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || activity.Conversation?.Id is null || activity.From?.Id is null
            || PersonalDataRecorder.IsOneToOne(activity))
        {
            return false;
        }

        var input = InputOf(activity, text);
        // A question put to CoproBot rather than to the group: a message that starts with "?" or "ask CoproBot" (on
        // Discord, through /copro ask, which is how people talk to the bot there). Anything else in a group
        // conversation may be a contribution, even when it is phrased as a question.
        if (!input.Submitted && commands.QuestionForCoproBot(input.Text, input.Locale) is { } question)
        {
            // Asked of CoproBot about the cases, so answered, and never taken as a contribution to a session.
            await turnContext.SendActivityAsync(AnswerMessages.For(knowledge.Current.Ask(question), activity.ChannelId), cancellationToken);
            return true;
        }

        var replies = await facilitator.HandleAsync(input, knowledge.Current.Knowledge, cancellationToken);
        if (replies is null)
        {
            return false;
        }

        GroupLog.Handled(logger, activity.ChannelId, activity.Conversation.Id, replies.Count);
        if (replies.Count > 0)
        {
            await turnContext.SendActivitiesAsync([.. replies.Select(reply => GroupActivities.For(reply, activity))], cancellationToken);
        }

        return true;
    }

    /// <summary>A Teams channel's threads are one conversation for a session: the thread's message id is dropped.</summary>
    public static string ConversationKeyOf(IActivity activity)
    {
        var id = activity.Conversation.Id;
        var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return activity.ChannelId + "|" + (thread >= 0 ? id[..thread] : id);
    }

    private static GroupInput InputOf(Activity activity, string text)
    {
        var submitted = false;
        int? step = null;
        if (activity.Value is JObject value)
        {
            // Teams card: {"contribution": "...", "step": "3"}; Discord modal: {"customId": ..., "fields": {...}}.
            if (value["contribution"] is { Type: JTokenType.String } contribution)
            {
                text = ((string)contribution!).Trim();
                submitted = true;
                step = int.TryParse((string?)value["step"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number - 1 : null;
            }
            else if (value["fields"] is JObject)
            {
                submitted = true;
            }
        }

        var botId = activity.Recipient?.Id;
        var mentioned = activity.GetMentions().FirstOrDefault(m => m.Mentioned?.Id is { } id && id != botId)?.Mentioned;
        return new GroupInput(
            ConversationKeyOf(activity),
            activity.ChannelId,
            new GroupPerson(activity.From.Id, string.IsNullOrWhiteSpace(activity.From.Name) ? null : activity.From.Name),
            text,
            submitted,
            step,
            mentioned is null ? null : new GroupPerson(mentioned.Id, mentioned.Name),
            activity.Locale,
            string.IsNullOrEmpty(activity.Id) ? null : activity.Id);
    }
}
