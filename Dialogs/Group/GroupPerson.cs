namespace CoproBot.Dialogs.Group;

/// <summary>A person as the channel names them: their id and display name.</summary>
public sealed record GroupPerson(string Id, string? Name);
