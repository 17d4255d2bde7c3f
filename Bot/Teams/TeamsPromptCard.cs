using CoproBot.Bot.Teams.Cards;
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
    public static Microsoft.Bot.Schema.Attachment? For(string text, Reply reply, StepReference step)
    {
        ArgumentNullException.ThrowIfNull(reply);
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
                card.TextInput(TeamsCardData.AnswerInput, input.Placeholder ?? "Type your answer here");
                card.Submit("Send", TeamsCardData.Send(step));

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
