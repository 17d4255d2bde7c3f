namespace CoproBot.Dialogs.Care;

/// <summary>One place to turn to: who, how to reach them, and when.</summary>
public sealed class SupportLine
{
    public string Name { get; set; } = string.Empty;

    public string Contact { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;
}
