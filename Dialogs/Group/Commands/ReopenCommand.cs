using CoproBot.Dialogs.Languages;

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
                    ? turn.Input.Language[Phrase.GroupFirstStepAlready]
                    : turn.Input.Language.Format(Phrase.GroupNoSuchStep, which, current!.Steps.Count))
                { Private = true })
                : (current with { Step = step, Turn = 0 }, []);
        }, cancellationToken);
        return saved is null ? replies : [new GroupReply(saved.Speaks[Phrase.GroupReopened]), .. await prompts.StepRepliesAsync(saved, cancellationToken)];
    }
}
