using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Replies;

/// <summary>Turns a channel-neutral reply into the message one channel shows best.</summary>
public interface IReplyRenderer
{
    Activity Render(ITurnContext turnContext, Reply reply);
}
