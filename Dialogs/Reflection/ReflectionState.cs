using CoproBot.Dialogs.Engine;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Reads and writes a person's reflection progress inside their saved dialog stack.</summary>
/// <remarks>The progress lives on the reflection's own stack entry, so it goes when the reflection ends.</remarks>
public static class ReflectionState
{
    private const string ProgressKey = "progress";

    public static ReflectionProgress? Progress(DialogState? state) =>
        Instance(state) is { } instance ? instance.Values.Get<ReflectionProgress>(ProgressKey) : null;

    public static void Save(DialogState state, ReflectionProgress progress)
    {
        if (Instance(state) is { } instance)
        {
            instance.Values.Set(ProgressKey, progress);
        }
    }

    internal static ReflectionProgress Progress(DialogInstance instance) =>
        instance.Values.Get<ReflectionProgress>(ProgressKey) ?? new ReflectionProgress();

    internal static void Save(DialogInstance instance, ReflectionProgress progress) => instance.Values.Set(ProgressKey, progress);

    private static DialogInstance? Instance(DialogState? state) =>
        state?.DialogStack.FirstOrDefault(i => i.Id == ReflectionDialog.DialogId);
}
