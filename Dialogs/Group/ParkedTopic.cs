namespace CoproBot.Dialogs.Group;

/// <summary>A topic set aside for later, and who volunteered to own it (if anyone has yet).</summary>
public sealed record ParkedTopic(string Id, string Topic, string UserId, string? UserName, DateTimeOffset At)
{
    public Participant? Owner { get; init; }
}
