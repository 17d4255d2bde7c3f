using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"next": moves the group to the following step.</summary>
internal sealed class NextCommand(SessionControl control, StepPrompts prompts)
{
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken)
    {
        var (saved, replies) = await control.ChangeAsync(turn.Input, current =>
            SessionControl.RefuseUnlessMaySteer(current, turn) ?? (current!.Step >= current.Steps.Count - 1
                ? SessionControl.Unchanged(new GroupReply(turn.Input.Language[Phrase.GroupLastStep]) { Private = true })
                : (current with { Step = current.Step + 1, Turn = 0 }, [])),
            cancellationToken);
        return saved is null ? replies : await prompts.StepRepliesAsync(saved, cancellationToken);
    }
}
