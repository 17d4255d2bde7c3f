using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Replies;

/// <summary>The message of this turn as features read it: the words, the step a form answered, and who else it mentions.</summary>
/// <remarks>
/// Each channel's layer reads its own payloads (cards, modals, buttons) into this at the start of a turn and keeps it in
/// the turn's state; features and prompts read it and never change the activity. A turn no channel layer has read
/// (a terminal, a test adapter) gets the activity's plain words.
/// </remarks>
/// <param name="Text">What the person said, trimmed, without the @mention that addressed the bot.</param>
public sealed record IncomingMessage(string Text)
{
    private const string Key = "CoproBot.IncomingMessage";

    /// <summary>The step a form (a card, a modal) was answering, when it says so.</summary>
    public StepReference? Step { get; init; }

    /// <summary>The words came from a form rather than the visible chat.</summary>
    public bool FromForm { get; init; }

    /// <summary>People other than the bot whom the message mentions.</summary>
    public IReadOnlyList<ReplyPerson> Mentioned { get; init; } = [];

    /// <summary>A form answering a step of a personal reflection, rather than a group's.</summary>
    public bool AnswersReflection => FromForm && Step is { Kind: not (StepReferenceKind.GroupStep or StepReferenceKind.Template) };

    /// <summary>A form answering a step of making or editing a template.</summary>
    public bool AnswersTemplate => FromForm && Step is { Kind: StepReferenceKind.Template };

    public static IncomingMessage Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<IncomingMessage>(Key) is { } kept)
        {
            return kept;
        }

        // Read once per turn: the handler, the reflection and each prompt all ask.
        var plain = Plain(turnContext.Activity);
        turnContext.TurnState.Set(Key, plain);
        return plain;
    }

    /// <summary>Keeps the turn's message, read by the channel layer (or narrowed by a feature for the prompts it runs).</summary>
    public static void Set(ITurnContext turnContext, IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(Key, message);
    }

    /// <summary>The typed words of a message, with the bot's mention taken out by its entity rather than by guessing at markup.</summary>
    public static IncomingMessage Plain(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not IMessageActivity message)
        {
            return new IncomingMessage(string.Empty);
        }

        var text = message.Text ?? string.Empty;
        var botId = message.Recipient?.Id;
        var mentions = message.GetMentions() ?? [];
        foreach (var mention in mentions.Where(m => botId is not null && m.Mentioned?.Id == botId && !string.IsNullOrEmpty(m.Text)))
        {
            text = text.Replace(mention.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        var others = mentions
            .Where(m => m.Mentioned?.Id is { } id && id != botId)
            .Select(m => new ReplyPerson(m.Mentioned.Id, m.Mentioned.Name))
            .ToList();
        return new IncomingMessage(text.Trim()) { Mentioned = others };
    }
}
