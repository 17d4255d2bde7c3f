using CoproBot.Bot.Care;
using CoproBot.Bot.Group;
using CoproBot.Bot.Privacy;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Replies;
using CoproBot.Dialogs.Understanding;
using CoproBot.Knowledge.Answers;
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
    GroupSessions groupSessions,
    KnowledgeCatalog knowledge,
    MeaningReader reader) : ActivityHandler
{
    public const string Welcome =
        "Hello, I'm CoproBot. I help teams practise coproduction: designing services together with the people who use them. "
        + "I know three documented cases: ESTHER, Making Recovery Real (Dundee) and the CMHA Learning Centre. Say \"help\" to see what I can do.";

    public const string Help =
        "Here's what I can do:\n"
        + "- Answer questions about the three coproduction cases (ESTHER, Making Recovery Real and the CMHA Learning Centre). "
        + "Try \"what are ESTHER's principles?\", \"compare the coproduction approaches\" or \"which case talks about serious fun?\"\n"
        + "- \"reflect on ESTHER\" (or another case) starts a personal guided reflection; \"my reflections\" shows your past ones.\n"
        + "- In a channel or group chat, \"facilitate ESTHER\" runs a group reflection with everyone present.\n"
        + "- \"my data\" shows what I keep about you; \"forget me\" deletes it.";

    public const string YoureWelcome = "You're welcome. Ask me anything else about the cases whenever you like.";

    public const string Goodbye = "Bye for now. Say \"hello\" whenever you want to pick up again.";

    // Kept with the person's own state in this conversation (their reflection lives there too), so a turn reads one
    // state entity, and "its" follows what this person asked about last, not whoever spoke before them.
    private readonly IStatePropertyAccessor<ConversationData> _conversationData = personState.CreateProperty<ConversationData>(nameof(ConversationData));

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // The channel layer has read the message into its words (see IncomingMessage); the activity is left as it came.
        var text = IncomingMessage.Of(turnContext).Text;

        // Support comes before anything else, and the words are neither stored nor echoed. Card submits, modal
        // fields and button values are checked here too, so nothing further along needs a check of its own.
        if (await crisisSupport.TryOfferAsync(turnContext, cancellationToken))
        {
            return;
        }

        await personalData.RecordTurnAsync(turnContext, cancellationToken);

        // What the words mean with nothing waiting; a reflection or a group session reads them again at its own prompt.
        var meaning = reader.Read(text, new MessageContext(Awaiting.Nothing, Locale: turnContext.Activity.Locale));
        if (await privacy.TryHandleAsync(turnContext, meaning, text, cancellationToken))
        {
            return;
        }

        // A personal reflection the person is in comes first; in a group, a running session takes what is left.
        if (await reflections.TryHandleAsync(turnContext, text, cancellationToken)
            || await groupSessions.TryHandleAsync(turnContext, text, cancellationToken))
        {
            return;
        }

        var reply = text.Length == 0 ? Help : meaning.Kind switch
        {
            MeaningKind.Help => Help,
            MeaningKind.Thanks => YoureWelcome,
            MeaningKind.Greeting => Welcome,
            MeaningKind.Goodbye => Goodbye,
            _ => null,
        };
        if (reply is not null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken);
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
        var answer = FollowOnQuestion.Ask(knowledge.Current, question, data, AnswerLanguage.Of(turnContext.Activity.Locale, question));

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
            await turnContext.SendActivityAsync(MessageFactory.Text(Welcome), cancellationToken);
        }
    }
}
