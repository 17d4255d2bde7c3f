using CoproBot.Bot.Conversation;
using CoproBot.Bot.Privacy;
using CoproBot.Dialogs.Group;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;
using CoproBot.Dialogs.Templates;
using CoproBot.Knowledge.Catalog;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

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

        var input = InputOf(activity, IncomingMessage.Of(turnContext), text, TurnLanguage.Of(turnContext)) with { Templates = TemplatePlaces.Of(turnContext) };
        // A question put to CoproBot rather than to the group: a message that starts with "?" or "ask CoproBot" (on
        // Discord, through /copro ask, which is how people talk to the bot there). Anything else in a group
        // conversation may be a contribution, even when it is phrased as a question.
        if (!input.Submitted && commands.QuestionForCoproBot(input.Text, input.Locale) is { } question)
        {
            // Asked of CoproBot about the cases, so answered, and never taken as a contribution to a session.
            await turnContext.SendReplyAsync(AnswerReply.For(knowledge.Current.Ask(question, null, TurnLanguage.ForQuestion(turnContext, question))), cancellationToken);
            return true;
        }

        var replies = await facilitator.HandleAsync(input, knowledge.Current, cancellationToken);
        if (replies is null)
        {
            return false;
        }

        GroupLog.Handled(logger, activity.ChannelId, activity.Conversation.Id, replies.Count);
        if (replies.Count > 0)
        {
            await turnContext.SendRepliesAsync(replies.Select(reply => reply.ToReply()), cancellationToken);
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

    // The channel layer has read the form, if any: a group's answer box names its step, a modal may name none.
    private static GroupInput InputOf(Activity activity, IncomingMessage incoming, string text, Language language)
    {
        var submitted = incoming.FromForm && !incoming.AnswersReflection && !incoming.AnswersTemplate;
        var mentioned = incoming.Mentioned.Count > 0 ? incoming.Mentioned[0] : null;
        return new GroupInput(
            ConversationKeyOf(activity),
            activity.ChannelId,
            new GroupPerson(activity.From.Id, string.IsNullOrWhiteSpace(activity.From.Name) ? null : activity.From.Name),
            submitted ? incoming.Text : text,
            submitted,
            incoming.Step is { Kind: StepReferenceKind.GroupStep } step ? step.Index : null,
            mentioned is null ? null : new GroupPerson(mentioned.Id, mentioned.Name),
            activity.Locale,
            string.IsNullOrEmpty(activity.Id) ? null : activity.Id)
        {
            Language = language,
        };
    }
}
