namespace CoproBot.Dialogs.Replies;

/// <summary>A person a reply addresses or a message mentions: their channel id and the name they go by there.</summary>
public sealed record ReplyPerson(string Id, string? Name);
