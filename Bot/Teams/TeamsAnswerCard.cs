using CoproBot.Bot.Teams.Cards;
using CoproBot.Dialogs.Replies;
using CoproBot.Knowledge.Answers;

namespace CoproBot.Bot.Teams;

/// <summary>An answer about the cases as an Adaptive Card: the title, each feature under its heading, the source, and suggestions.</summary>
public static class TeamsAnswerCard
{
    private const int MaxCardButtons = 6;

    /// <summary>The card, or null when it would be too large for Teams (the Markdown is sent instead).</summary>
    public static Microsoft.Bot.Schema.Attachment? For(Answer answer, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(reply);
        var card = new AdaptiveCard(reply.Text).Text(answer.Title, bold: true, size: "Medium");
        if (answer.Text is not null)
        {
            card.Text(answer.Text);
        }

        // One case: each feature under its heading. Several cases: each feature's heading, then the cases side by side.
        foreach (var group in answer.Sections.GroupBy(s => s.Group))
        {
            if (group.Key is not null)
            {
                card.Text(group.Key, bold: true, size: "Medium");
                card.Columns(group.Select(s => (s.Heading, Body(s) + (s.Original is { } o ? "\r\r" + answer.Words.OriginalLabel + " " + o.OneLine : string.Empty))));
                continue;
            }

            foreach (var section in group)
            {
                if (answer.Sections.Count > 1)
                {
                    card.Text(section.Heading, bold: true);
                }

                if (section.Items.Count > 0)
                {
                    card.Bullets(section.Items);
                }
                else if (section.Text is not null)
                {
                    card.Text(section.Text);
                }

                // The original a translation renders, directly under it and quieter, so the translation is read first.
                if (section.Original is { } original)
                {
                    card.Text(answer.Words.OriginalLabel + " " + original.OneLine, subtle: true, size: "Small");
                }
            }
        }

        if (answer.Sections.Count > 0)
        {
            card.Text(answer.Words.SourcePrefix + string.Join("; ", answer.Sources.Select(s => s.Label).Distinct()), subtle: true, size: "Small");
        }

        foreach (var choice in reply.Choices.Take(MaxCardButtons))
        {
            card.Say(choice.Label, choice.Value);
        }

        return card.ToAttachment();
    }

    private static string Body(AnswerSection section) =>
        section.Items.Count > 0 ? string.Join("\r", section.Items.Select(i => "- " + i.Replace('\n', ' '))) : section.Text ?? string.Empty;
}
