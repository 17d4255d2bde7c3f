using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Replies;

/// <summary>Sends features' replies through the renderer of the turn's channel, which its channel layer chose at the turn's start.</summary>
public static class ReplyRendering
{
    private const string Key = "CoproBot.ReplyRenderer";

    /// <summary>Chooses how this turn's replies are shown; a turn with none chosen shows them as text.</summary>
    public static void Use(ITurnContext turnContext, IReplyRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(Key, renderer);
    }

    public static Activity Render(ITurnContext turnContext, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(reply);
        return (turnContext.TurnState.Get<IReplyRenderer>(Key) ?? TextReplyRenderer.Instance).Render(turnContext, reply);
    }

    public static Task<ResourceResponse> SendReplyAsync(this ITurnContext turnContext, Reply reply, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Render(turnContext, reply), cancellationToken);

    public static Task<ResourceResponse[]> SendRepliesAsync(this ITurnContext turnContext, IEnumerable<Reply> replies, CancellationToken cancellationToken) =>
        turnContext.SendActivitiesAsync([.. replies.Select(reply => (IActivity)Render(turnContext, reply))], cancellationToken);
}
