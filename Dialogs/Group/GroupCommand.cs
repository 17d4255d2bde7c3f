namespace CoproBot.Dialogs.Group;

/// <summary>What a message asks of the session, and the words that go with it (a case, topic, name or number).</summary>
public sealed record GroupCommand(GroupCommandKind Kind, string Argument = "");
