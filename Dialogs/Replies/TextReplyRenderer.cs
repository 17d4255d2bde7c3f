using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Replies;

/// <summary>Renders a reply as text with suggested actions: for the terminal and every channel without a renderer of its own.</summary>
public sealed class TextReplyRenderer : IReplyRenderer
{
    public static TextReplyRenderer Instance { get; } = new();

    public Activity Render(ITurnContext turnContext, Reply reply) => Message(reply, Addressed(reply, reply.Mention?.Name ?? "there"));

    /// <summary>The reply's words, the person it addresses first when there is one.</summary>
    public static string Addressed(Reply reply, string mention)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Mention is null ? WithDocument(reply) : $"{mention}, {WithDocument(reply)}";
    }

    /// <summary>A text message of <paramref name="text"/> with the reply's choices as suggested actions.</summary>
    public static Activity Message(Reply reply, string text)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var activity = MessageFactory.Text(text, inputHint: reply.Input is { Now: true } ? InputHints.ExpectingInput : null);
        if (reply.Markdown)
        {
            activity.TextFormat = TextFormatTypes.Markdown;
        }

        if (reply.Choices.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. reply.Choices.Select(choice => new CardAction(ActionTypes.ImBack, choice.Label, value: choice.Value))],
            };
        }

        return activity;
    }

    private static string WithDocument(Reply reply) => reply.Document is not { } document
        ? reply.Text
        : reply.Text.Length == 0 ? document.Shown : reply.Text + "\n\n" + document.Shown;
}
