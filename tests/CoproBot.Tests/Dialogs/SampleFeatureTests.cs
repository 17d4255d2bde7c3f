using CoproBot.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Dialogs;

public sealed class SampleFeatureTests
{
    // Wednesday 10 June 2026, 10:00 in London.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AFeatureComponentRunsFromABotsTurnHandler()
    {
        var bot = new CheckInBot(new ConversationState(new MemoryStorage()), new SampleCheckInDialog(Clock));
        var adapter = DialogTestBot.NewAdapter();
        var when = adapter.MakeActivity("tomorrow at 2pm");
        when.LocalTimezone = "Europe/London";

        await new TestFlow(adapter, bot.OnTurnAsync)
            .Send("check in").AssertReply("How well did the session share power, from 1 to 5?")
            .Send("help").AssertReply("This is a short check-in about your last session.").AssertReply("How well did the session share power, from 1 to 5?")
            .Send("mostly").AssertReply("When is the next session?")
            .Send(when).AssertReply(a => PromptTests.AssertButtons(a, "Shall I remind you on Thursday 11 June at 14:00?", "Yes", "No"))
            .Send("yep").AssertReply("Thanks. Rating 4; reminder set.")
            .StartTestAsync();

        Assert.Equal(new DateTimeOffset(2026, 6, 11, 13, 0, 0, TimeSpan.Zero), bot.LastResult?.Result);
    }

    [Fact]
    public async Task AFeatureCanMoveOnKindlyWhenAPromptGivesUp()
    {
        var bot = new CheckInBot(new ConversationState(new MemoryStorage()), new SampleCheckInDialog(Clock));

        await new TestFlow(DialogTestBot.NewAdapter(), bot.OnTurnAsync)
            .Send("check in").AssertReply("How well did the session share power, from 1 to 5?")
            .Send("purple").AssertReply("A number from 1 to 5 is fine, or words like \"mostly\".")
            .Send("9").AssertReply("A number from 1 to 5 is fine, or words like \"mostly\".")
            .Send("dunno").AssertReply("Let's skip the rating.").AssertReply("When is the next session?")
            .Send("cancel").AssertReply("No problem, we can check in another time.")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, bot.LastResult?.Status);
    }

    /// <summary>The shape of a feature bot's turn handler: run the dialog, then save conversation state once.</summary>
    private sealed class CheckInBot(ConversationState conversationState, Dialog dialog) : ActivityHandler
    {
        private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));

        public DialogTurnResult? LastResult { get; private set; }

        public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        }

        protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            LastResult = await DialogRunner.RunAsync(dialog, turnContext, _dialogState, cancellationToken);
    }
}
