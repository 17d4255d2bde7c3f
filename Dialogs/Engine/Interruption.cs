namespace CoproBot.Dialogs.Engine;

/// <summary>What a component's interruption hook did with the user's message.</summary>
public enum Interruption
{
    /// <summary>Not an interruption: the active dialog gets the message.</summary>
    None,

    /// <summary>Handled (e.g. help or "where am I"): ask the active dialog's question again.</summary>
    RepeatPrompt,

    /// <summary>Handled, and the hook already said what comes next: wait for the next message.</summary>
    KeepWaiting,

    /// <summary>The user wants out: cancel the component and everything around it.</summary>
    CancelAll,
}
