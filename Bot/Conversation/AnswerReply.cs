using CoproBot.Dialogs.Replies;
using CoproBot.Knowledge.Answers;

namespace CoproBot.Bot.Conversation;

/// <summary>An answer about the cases as a channel-neutral reply: its Markdown, and its suggestions as choices.</summary>
public static class AnswerReply
{
    public static Reply For(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new Reply(MarkdownAnswerRenderer.Render(answer))
        {
            Markdown = true,
            Answer = answer,
            Choices = [.. answer.DidYouMean.Concat(answer.FollowUps).Select(s => new ReplyChoice(s.Label, s.Question))],
        };
    }
}
