using CoproBot.Bot.Care;
using CoproBot.Bot.Group;
using CoproBot.Bot.Privacy;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Replies;
using CoproBot.Dialogs.Templates;
using CoproBot.Dialogs.Understanding;
using CoproBot.Knowledge.Catalog;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Conversation;

/// <summary>CoproBot itself: one bot for Teams, Discord and the terminal, which knows none of their payloads.</summary>
/// <remarks>
/// Each message goes, in order: to support if anything in it speaks of crisis (<see cref="CrisisSupport"/>), to the person's data commands, to their personal
/// reflection or a group session, and otherwise to the knowledge of the three cases.
/// </remarks>
public sealed class CoproActivityHandler(
    CrisisSupport crisisSupport,
    PrivateConversationState personState,
    WelcomeLedger welcomes,
    PersonalDataRecorder personalData,
    PrivacyConversation privacy,
    ReflectionTurns reflections,
    TemplateTurns templates,
    GroupSessions groupSessions,
    KnowledgeCatalog knowledge,
    MeaningReader reader,
    LanguageChoice languages) : ActivityHandler
{
    // Kept with the person's own state in this conversation (their reflection lives there too), so a turn reads one
    // state entity, and "its" follows what this person asked about last, not whoever spoke before them.
    private readonly IStatePropertyAccessor<ConversationData> _conversationData = personState.CreateProperty<ConversationData>(nameof(ConversationData));

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // The channel layer has read the message into its words (see IncomingMessage); the activity is left as it came.
        var text = IncomingMessage.Of(turnContext).Text;

        // Decided once, before anything speaks: the support below and every later reply read it.
        var say = await languages.DecideAsync(turnContext, cancellationToken);

        // Support comes before anything else, and the words are neither stored nor echoed. Card submits, modal
        // fields and button values are checked here too, so nothing further along needs a check of its own.
        if (await crisisSupport.TryOfferAsync(turnContext, cancellationToken))
        {
            return;
        }

        await personalData.RecordTurnAsync(turnContext, cancellationToken);

        // What the words mean with nothing waiting; a reflection or a group session reads them again at its own prompt.
        var meaning = reader.Read(text, new MessageContext(Awaiting.Nothing, Locale: turnContext.Activity.Locale));
        if (await languages.TryChooseAsync(turnContext, text, cancellationToken)
            || await privacy.TryHandleAsync(turnContext, meaning, text, cancellationToken))
        {
            return;
        }

        // A personal reflection the person is in comes first; in a group, a running session takes what is left.
        // Making or editing a template takes every message until it is done; otherwise only requests about templates.
        if (await templates.TryHandleAsync(turnContext, text, cancellationToken)
            || await reflections.TryHandleAsync(turnContext, text, cancellationToken)
            || await groupSessions.TryHandleAsync(turnContext, text, cancellationToken))
        {
            return;
        }

        Phrase? reply = text.Length == 0 ? Phrase.ConversationHelp : meaning.Kind switch
        {
            MeaningKind.Help => Phrase.ConversationHelp,
            MeaningKind.Thanks => Phrase.ConversationYoureWelcome,
            MeaningKind.Greeting => Phrase.ConversationWelcome,
            MeaningKind.Goodbye => Phrase.ConversationGoodbye,
            _ => null,
        };
        if (reply is { } phrase)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(say[phrase]), cancellationToken);
            return;
        }

        await AnswerAsync(turnContext, meaning.Argument is { Length: > 0 } asked && meaning.Kind == MeaningKind.KnowledgeQuestion ? asked : text, cancellationToken);
    }

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Only the bot's own arrival is a reason to speak; people joining later are not greeted one by one. (The base
        // class passes on only arrivals of others, so the bot's own is looked for here, on every channel alike.)
        if (turnContext.Activity.MembersAdded?.Any(member => member.Id == turnContext.Activity.Recipient?.Id) == true)
        {
            await WelcomeOnceAsync(turnContext, cancellationToken);
        }
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    private async Task AnswerAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken)
    {
        var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        var answer = FollowOnQuestion.Ask(knowledge.Current, question, data, TurnLanguage.ForQuestion(turnContext, question));

        // State comes back from the store as JSON; setting it again is what makes the change persist. It is saved
        // after the answer is sent, as reflections are, and only here: other turns have already saved what they changed.
        await _conversationData.SetAsync(turnContext, data, cancellationToken);
        await turnContext.SendReplyAsync(AnswerReply.For(answer), cancellationToken);
        await personState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (await welcomes.TryClaimAsync(activity.ChannelId, activity.Conversation.Id, cancellationToken))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(TurnLanguage.Of(turnContext)[Phrase.ConversationWelcome]), cancellationToken);
        }
    }
}
