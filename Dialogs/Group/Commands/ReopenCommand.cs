namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"reopen 2" or "back": takes the group to an earlier step (or any step by its number).</summary>
internal sealed class ReopenCommand(SessionControl control, StepPrompts prompts)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var which = turn.Command.Argument;
        var (saved, replies) = await control.ChangeAsync(turn.Input, current =>
        {
            if (SessionControl.RefuseUnlessMaySteer(current, turn) is { } refused)
            {
                return refused;
            }

            var step = which.Length == 0 ? current!.Step - 1 : SpokenNumber.Of(which) - 1;
            return step < 0 || step >= current!.Steps.Count
                ? SessionControl.Unchanged(new GroupReply(which.Length == 0
                    ? "We're at the first step already."
                    : $"There's no step {which} to reopen: this session has steps 1 to {current!.Steps.Count}.")
                { Private = true })
                : (current with { Step = step, Turn = 0 }, []);
        }, cancellationToken);
        return saved is null ? replies : [new GroupReply("Reopened."), .. await prompts.StepRepliesAsync(saved, cancellationToken)];
    }
}
