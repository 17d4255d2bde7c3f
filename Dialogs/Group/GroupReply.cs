namespace CoproBot.Dialogs.Group;

/// <summary>Something to say to the group (or to one person), described without channel types.</summary>
public sealed record GroupReply(string Text)
{
    /// <summary>For the sender's eyes only where the channel allows it; otherwise it holds nothing they wrote.</summary>
    public bool Private { get; init; }

    /// <summary>Words people can send back by pressing a button.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>A step people answer: channels with forms show an input for it.</summary>
    public int? AsksStep { get; init; }

    /// <summary>Asks the sender for free text now (a modal where the channel has them).</summary>
    public bool AsksForText { get; init; }

    /// <summary>Someone addressed by the reply, such as the person whose turn it is.</summary>
    public GroupPerson? Mention { get; init; }
}
