using CoproBot.Knowledge.Answers;

namespace CoproBot.Dialogs.Replies;

/// <summary>Something a feature says, described without any channel: each channel renders it in its own way.</summary>
/// <remarks>Channels with cards, buttons or forms show what they can; the rest show <see cref="TextReplyRenderer"/>'s text.</remarks>
public sealed record Reply(string Text)
{
    /// <summary>The text is Markdown.</summary>
    public bool Markdown { get; init; }

    /// <summary>What people can say back by pressing a button.</summary>
    public IReadOnlyList<ReplyChoice> Choices { get; init; } = [];

    /// <summary>The answer the reply waits for, if any.</summary>
    public InputRequest? Input { get; init; }

    /// <summary>A document to take away; the text introduces it.</summary>
    public ReplyDocument? Document { get; init; }

    /// <summary>Someone the reply addresses by name, such as the person whose turn it is.</summary>
    public ReplyPerson? Mention { get; init; }

    /// <summary>For the eyes of the person who wrote the message only, wherever the channel allows it.</summary>
    public bool Private { get; init; }

    /// <summary>For the eyes of this person instead of the writer's, such as a note to a session's facilitator.</summary>
    /// <remarks>It is never shown to anyone else: where the channel cannot reach them alone, it is not sent at all.</remarks>
    public ReplyPerson? PrivateTo { get; init; }

    /// <summary>Posted for everyone instead, when a private reply cannot be delivered privately; null posts the reply itself.</summary>
    public string? InChannel { get; init; }

    /// <summary>Charts of what the text already says in words; channels that cannot draw them show the text alone.</summary>
    public IReadOnlyList<ReplyChart> Charts { get; init; } = [];

    /// <summary>An answer about the cases, which channels with cards lay out by section; <see cref="Text"/> is its Markdown.</summary>
    public Answer? Answer { get; init; }
}
