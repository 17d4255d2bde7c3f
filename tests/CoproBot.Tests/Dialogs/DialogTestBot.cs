using CoproBot.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

namespace CoproBot.Tests.Dialogs;

/// <summary>A bot that runs one root dialog per turn and saves conversation state, as a feature's OnTurnAsync would.</summary>
internal sealed class DialogTestBot
{
    private readonly Dialog _root;

    public DialogTestBot(Dialog root, IStorage? storage = null)
    {
        _root = root;
        ConversationState = new ConversationState(storage ?? new MemoryStorage());
        Accessor = ConversationState.CreateProperty<DialogState>(nameof(DialogState));
    }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> Accessor { get; }

    public List<DialogTurnResult> Results { get; } = [];

    public DialogTurnResult LastResult => Results[^1];

    public static TestAdapter NewAdapter(string conversation = "dialog-tests") =>
        new(TestAdapter.CreateConversation(conversation));

    public TestFlow Flow(TestAdapter? adapter = null) => new(adapter ?? NewAdapter(), OnTurnAsync);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Results.Add(await DialogRunner.RunAsync(_root, turnContext, Accessor, cancellationToken));
        await ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
