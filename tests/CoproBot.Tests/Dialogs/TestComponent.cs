using CoproBot.Dialogs.Engine;

namespace CoproBot.Tests.Dialogs;

/// <summary>A component built from dialogs given by the test, with an optional interruption hook.</summary>
internal sealed class TestComponent : ComponentDialog
{
    private readonly Func<DialogContext, CancellationToken, Task<Interruption>>? _interrupt;

    public TestComponent(string id, IEnumerable<Dialog> dialogs, Func<DialogContext, CancellationToken, Task<Interruption>>? interrupt = null)
        : base(id)
    {
        _interrupt = interrupt;
        foreach (var dialog in dialogs)
        {
            AddDialog(dialog);
        }
    }

    protected override Task<Interruption> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        _interrupt?.Invoke(innerDc, cancellationToken) ?? Task.FromResult(Interruption.None);
}
