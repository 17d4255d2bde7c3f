namespace CoproBot.Dialogs.Engine;

/// <summary>A dialog stack as it is persisted: plain data, the running dialog last.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; } = [];
}
