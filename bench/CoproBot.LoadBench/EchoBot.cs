using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.LoadBench;

/// <summary>The reference bot of the floor and limit scenarios: it echoes, and does nothing else.</summary>
public sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
}
