using CoproBot.Bot.Teams.Cards;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;

namespace CoproBot.Bot.Teams;

/// <summary>A question as an Adaptive Card whose submits name its step: rating buttons, a button per choice, or an answer box.</summary>
/// <remarks>
/// Teams shows suggested actions only in personal chat, and in a channel what is typed is seen by all: the card's
/// buttons and answer box work everywhere, and the box is the way to contribute unseen. Each submit carries the step,
/// so an answer to the current question can be told from one sent from a stale card.
/// </remarks>
public static class TeamsPromptCard
{
    private static readonly string[] Ratings = ["1", "2", "3", "4", "5"];

    /// <summary>The card for <paramref name="text"/> asking <paramref name="step"/>, or null when it would be too large for Teams.</summary>
    /// <param name="text">The question's words.</param>
    /// <param name="reply">The reply asking it, with its choices and what answer it wants.</param>
    /// <param name="step">The step its submits name.</param>
    /// <param name="say">The language of the card's own labels (the answer box and its button).</param>
    public static Microsoft.Bot.Schema.Attachment? For(string text, Reply reply, StepReference step, Language say)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(say);
        var input = reply.Input!;
        var card = new AdaptiveCard(text);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            card.Text(line);
        }

        switch (input.Kind)
        {
            case AnswerKind.Rating:
                foreach (var rating in Ratings)
                {
                    card.Submit(rating, TeamsCardData.Answer(rating, step));
                }

                break;
            case AnswerKind.Choice:
                foreach (var choice in reply.Choices)
                {
                    card.Submit(choice.Label, TeamsCardData.Answer(choice.Value, step));
                }

                break;
            default:
                card.TextInput(TeamsCardData.AnswerInput, input.Placeholder ?? say[Phrase.TeamsAnswerPlaceholder]);
                card.Submit(say[Phrase.TeamsSend], TeamsCardData.Send(step));

                // The box is on the card already, so a choice that only opens one is left out; the rest are said aloud.
                foreach (var choice in reply.Choices.Where(choice => !choice.OpensInput))
                {
                    card.Say(choice.Label, choice.Value);
                }

                break;
        }

        return card.ToAttachment();
    }
}
