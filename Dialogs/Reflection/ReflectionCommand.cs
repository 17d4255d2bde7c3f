namespace CoproBot.Dialogs.Reflection;

/// <summary>What a message asks of a running reflection, rather than answering it.</summary>
public enum ReflectionCommand
{
    None,
    Help,
    Back,
    Skip,
    Repeat,
    WhereAmI,
    Cancel,
    Continue,
    Stop,
}
