namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"next": moves the group to the following step.</summary>
internal sealed class NextCommand(SessionControl control, StepPrompts prompts)
{
    private static readonly GroupReply LastStep = new("That was the last step. Say \"reveal\" to show it, or \"end\" for the summary.") { Private = true };

    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var (saved, replies) = await control.ChangeAsync(turn.Input, current =>
            SessionControl.RefuseUnlessMaySteer(current, turn) ?? (current!.Step >= current.Steps.Count - 1
                ? SessionControl.Unchanged(LastStep)
                : (current with { Step = current.Step + 1, Turn = 0 }, [])),
            cancellationToken);
        return saved is null ? replies : await prompts.StepRepliesAsync(saved, cancellationToken);
    }
}
