using CoproBot.Dialogs.Languages;
namespace CoproBot.Dialogs.Group.Commands;

/// <summary>"mode silent", or the first choice of how a session gathers contributions, which begins it.</summary>
internal sealed class ModeCommand(SessionControl control, StepPrompts prompts, GroupSessionStore store)
{
    /// <summary>"mode …": the mode named after the command.</summary>
    public Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        ChangeToAsync(turn, turn.Command.Argument, cancellationToken);

    /// <summary>"next" before a mode is chosen: the session begins in Open mode.</summary>
    public Task<IReadOnlyList<GroupReply>?> BeginOpenAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        ChangeToAsync(turn, nameof(SessionMode.Open), cancellationToken);

    /// <summary>Before a mode is chosen, words that name one ("silent", a button's "Round robin") choose it; other words decline.</summary>
    public async Task<IReadOnlyList<GroupReply>?> ChooseFromWordsAsync(GroupTurn turn, CancellationToken cancellationToken) =>
        ModeReader.Read(turn.Input.Text, turn.Input.Locale) is null ? null : await ChangeToAsync(turn, turn.Input.Text, cancellationToken);

    private async Task<IReadOnlyList<GroupReply>?> ChangeToAsync(GroupTurn turn, string words, CancellationToken cancellationToken)
    {
        var input = turn.Input;
        if (ModeReader.Read(words, input.Locale) is not { } mode)
        {
            var say = input.Language;
            return [new GroupReply(say[Phrase.GroupModeUnknown] + " " + say[Phrase.GroupChooseMode]) { Private = true, Actions = [.. ModeReader.Names(say).Select(name => "mode " + name)] }];
        }

        var wasChoosing = false;
        var (saved, replies) = await control.ChangeAsync(input, current =>
        {
            if (SessionControl.RefuseUnlessMaySteer(current, turn) is { } refused)
            {
                return refused;
            }

            wasChoosing = current!.Status == SessionStatus.ChoosingMode;
            return (current with
            {
                Mode = mode,
                EverAnonymous = current.EverAnonymous || mode == SessionMode.Anonymous,
                Status = SessionStatus.Active,
                Turn = mode == SessionMode.RoundRobin && current.Mode != SessionMode.RoundRobin ? 0 : current.Turn,
            }, []);
        }, cancellationToken);
        if (saved is null)
        {
            return replies;
        }

        if (saved.IsAnonymous)
        {
            // Names written before the switch go too; after it, the store writes none.
            await store.ForgetNamesAsync(saved, cancellationToken);
        }

        // A second delivery of the message that began the session finds it begun, and shows the first step all the same.
        var began = wasChoosing || saved.StatusFor(input.ActivityId) == SessionStatus.ChoosingMode;
        var explained = new GroupReply(GroupMessages.ModeExplained(saved.Speaks, saved.Mode));
        return began || mode == SessionMode.RoundRobin ? [explained, .. await prompts.StepRepliesAsync(saved, cancellationToken)] : [explained];
    }
}
