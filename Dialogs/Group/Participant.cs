namespace CoproBot.Dialogs.Group;

/// <summary>Someone taking part in a session; the order they joined is the round-robin order.</summary>
public sealed record Participant(string UserId, string? Name, DateTimeOffset JoinedAt);
