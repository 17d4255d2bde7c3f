using CoproBot.Dialogs.Care;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Conversation;

/// <summary>CoproBot itself: one bot for Teams, Discord and the terminal.</summary>
public sealed class CoproActivityHandler(
    ConversationState conversationState,
    WelcomeLedger welcomes,
    IOptions<CareOptions> care,
    ILogger<CoproActivityHandler> logger) : TeamsActivityHandler
{
    public const string Welcome =
        "Hello, I'm CoproBot. I help teams practise coproduction: designing services together with the people who use them. "
        + "I know three documented cases: ESTHER, Making Recovery Real (Dundee) and the CMHA Learning Centre. Say \"help\" to see what I can do.";

    public const string Help =
        "I can answer questions about the three coproduction cases (ESTHER, Making Recovery Real and the CMHA Learning Centre). "
        + "Try \"what are ESTHER's principles?\" or \"compare the coproduction approaches\".";

    private readonly IStatePropertyAccessor<ConversationData> _conversationData = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = MessageText.Of(turnContext.Activity);

        // Support comes before anything else, and the words are neither stored nor echoed.
        if (CrisisDetector.SpeaksOfCrisis(text))
        {
            Log.CrisisSupportOffered(logger, turnContext.Activity.ChannelId, turnContext.Activity.Conversation.Id);
            await turnContext.SendActivityAsync(MessageFactory.Text(SupportMessage.For(care.Value, turnContext.Activity.Locale, paused: false)), cancellationToken);
            return;
        }

        var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        data.Turns++;
        var reply = text.Equals("help", StringComparison.OrdinalIgnoreCase)
            ? Help
            : $"{Help} (We have exchanged {data.Turns} message{(data.Turns == 1 ? string.Empty : "s")} in this conversation.)";
        await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Only the bot's own arrival is a reason to speak; people joining later are not greeted one by one.
        if (membersAdded.Any(member => member.Id == turnContext.Activity.Recipient?.Id))
        {
            await WelcomeOnceAsync(turnContext, cancellationToken);
        }
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (await welcomes.TryClaimAsync(activity.ChannelId, activity.Conversation.Id, cancellationToken))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Welcome), cancellationToken);
        }
    }
}
