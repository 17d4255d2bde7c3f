using CoproBot.Dialogs.Group.Commands;
using CoproBot.Dialogs.Templates;
using CoproBot.Knowledge.Catalog;

namespace CoproBot.Dialogs.Group;

/// <summary>Runs group sessions: reads what a message asks, and hands it to the one handler the command table names for it.</summary>
/// <remarks>
/// Each command has its own handler in <c>Commands/</c>; <see cref="GroupCommandTable"/> says which one runs in which
/// status of the session, and what is said to someone who may not do it now. Control changes are decided and saved
/// once per message by <see cref="SessionControl"/>.
/// </remarks>
public sealed class GroupFacilitator
{
    private readonly GroupSessionStore _store;
    private readonly GroupCommandReader _commands;
    private readonly SessionControl _control;
    private readonly StartCommand _start;
    private readonly GroupCommandTable _table;

    public GroupFacilitator(GroupSessionStore store, TemplateStore templates, TimeProvider time, GroupRules rules, GroupCommandReader commands)
    {
        _store = store;
        _commands = commands;
        _control = new SessionControl(store);
        var prompts = new StepPrompts(store, _control);
        _start = new StartCommand(_control, prompts, store, templates, time, rules);
        _table = new GroupCommandTable(store, _control, prompts, new SessionPrivacy(store), time, rules, commands);
    }

    /// <summary>The replies for a message in a group conversation; null when it is not for the session.</summary>
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupInput input, KnowledgeSnapshot knowledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);

        // Words from a form are always a contribution, whatever they say.
        var command = input.Submitted ? new GroupCommand(GroupCommandKind.None) : _commands.Read(input.Text, input.Locale);
        if (command.Kind == GroupCommandKind.Start)
        {
            return await _start.HandleAsync(input, command.Argument, knowledge, cancellationToken);
        }

        var (session, _) = await _store.LoadAsync(input.ConversationKey, cancellationToken);
        if (session is null)
        {
            return null;
        }

        // One word naming the balance of voices asks for it from whoever steers; anyone else's is a contribution.
        if (command.Kind == GroupCommandKind.Participation && GroupCommandReader.IsOneWord(input.Text) && !session.MaySteer(input.From.Id))
        {
            command = new GroupCommand(GroupCommandKind.None);
        }

        // A message read in the status it met when it was applied, so a second delivery is read alike.
        var status = session.StatusFor(input.ActivityId);

        // No words and no command is nothing for the session, save an answer box sent empty during a step.
        if (command.Kind == GroupCommandKind.None && input.Text.Length == 0 && !(input.Submitted && status == SessionStatus.Active))
        {
            return null;
        }

        var route = _table.For(status, command.Kind);
        var allowed = !route.SteerersOnly || session.MaySteer(input.From.Id) || _control.WasApplied(session, input);

        // The table's answer goes to this person alone, so it speaks their language, not the session's.
        var answer = route.Answer?.Invoke(input.Language);
        var replies = route.Handler is not null && allowed
            ? await route.Handler(new GroupTurn(input, command, session, answer), cancellationToken)
            : null;
        return replies ?? (answer is { } said ? [said] : null);
    }
}
