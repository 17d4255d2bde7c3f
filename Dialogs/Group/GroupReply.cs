using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;

namespace CoproBot.Dialogs.Group;

/// <summary>Something to say to the group (or to one person), described without channel types.</summary>
public sealed record GroupReply(string Text)
{
    /// <summary>For the sender's eyes only where the channel allows it; otherwise it holds nothing they wrote.</summary>
    public bool Private { get; init; }

    /// <summary>Posted for everyone instead when a private reply cannot reach the person alone; null posts the reply itself.</summary>
    public string? InChannel { get; init; }

    /// <summary>Words people can send back by pressing a button.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>A step people answer: channels with forms show an input for it.</summary>
    public int? AsksStep { get; init; }

    /// <summary>Asks the sender for free text now (a modal where the channel has them).</summary>
    public bool AsksForText { get; init; }

    /// <summary>Rating distributions as charts, beside the text that already gives them in words.</summary>
    public IReadOnlyList<ReplyChart> Charts { get; init; } = [];

    /// <summary>The language of the answer box's label and hint, when the reply asks a step.</summary>
    public Language Speaks { get; init; } = Language.English;

    /// <summary>Someone addressed by the reply, such as the person whose turn it is.</summary>
    public GroupPerson? Mention { get; init; }

    /// <summary>For this person alone instead of the sender (a note to the facilitator); never posted where others see it.</summary>
    public GroupPerson? PrivateTo { get; init; }

    /// <summary>A document to take away (an export), shown after the text and attached where the channel takes files.</summary>
    public ReplyDocument? Document { get; init; }

    /// <summary>The reply as every channel renders it: a step asked becomes an answer box for that step, a mention a person.</summary>
    public Reply ToReply()
    {
        InputRequest? input = AsksStep is { } step || AsksForText
            ? new InputRequest(AnswerKind.FreeText, AsksStep is { } asked ? new StepReference(StepReferenceKind.GroupStep, asked) : null)
            {
                Label = Speaks[Phrase.GroupInputLabel],
                Placeholder = Speaks[Phrase.GroupInputPlaceholder],
                Now = AsksForText,
            }
            : null;
        return new Reply(Text)
        {
            // Asked for words now, the reply waits for them alone; "Contribute" only opens the box a form shows already.
            Choices = AsksForText ? [] : [.. Actions.Select(action => ReplyChoice.Of(action) with { OpensInput = IsContributeAction(action) })],
            Input = input,
            Mention = Mention is { } person ? new ReplyPerson(person.Id, person.Name) : null,
            Private = Private,
            InChannel = InChannel,
            Charts = Charts,
            Document = Document,
            PrivateTo = PrivateTo is { } to ? new ReplyPerson(to.Id, to.Name) : null,
        };
    }

    /// <summary>Whether the action asks for a contribution: the "Contribute" button, in any language it is shown in.</summary>
    public static bool IsContributeAction(string action) =>
        Language.All.Any(language => string.Equals(action, language[Phrase.GroupButtonContribute], StringComparison.Ordinal));
}
