using static CoproBot.Dialogs.Group.GroupCommandKind;
using static CoproBot.Dialogs.Group.SessionStatus;

namespace CoproBot.Dialogs.Group.Commands;

/// <summary>
/// The one table of what each command does in each status of a session: (status, command) → handler, with the answer
/// for whoever may not do it now. A command missing from a status is not for the session then, and the rest of the
/// bot may have the message (after the end, most are). "facilitate …" is not here: it comes before any session is loaded.
/// </summary>
internal sealed class GroupCommandTable
{
    private readonly Dictionary<(SessionStatus, GroupCommandKind), GroupRoute> _routes = [];

    public GroupCommandTable(GroupSessionStore store, SessionControl control, StepPrompts prompts, SessionPrivacy privacy, TimeProvider time, GroupRules rules, GroupCommandReader commands)
    {
        var join = new JoinCommand(store, time);
        var contribute = new ContributeCommand(store, time, rules, commands, prompts);
        var mode = new ModeCommand(control, prompts, store);
        var end = new EndCommand(control, store, time);
        var handOver = new HandOverCommand(control, store, time);
        var park = new ParkCommand(store, time);
        var export = new ExportCommand(store);
        var waitForMode = Private(GroupMessages.WaitForMode);

        Add(Active, None, Do(contribute.HandleAsync));
        Add(Active, Contribute, Do(ContributeCommand.AskForTextAsync));
        Add(Active, Pass, Do(new PassCommand(store, time, prompts).HandleAsync));
        Add(Active, Next, Steer(new NextCommand(control, prompts).HandleAsync, "move us on"));
        Add(Active, Reveal, Steer(new RevealCommand(store).HandleAsync, "reveal what people have given"));
        Add(Active, Reopen, Steer(new ReopenCommand(control, prompts).HandleAsync, "reopen a step"));
        Add(Active, Mode, Steer(mode.HandleAsync, "change the mode"));

        // Before the facilitator chooses a mode, nothing anyone gives is kept, and choosing is the only way on.
        Add(ChoosingMode, None, new GroupRoute(mode.ChooseFromWordsAsync, waitForMode, SteerersOnly: true));
        Add(ChoosingMode, Next, Steer(mode.BeginOpenAsync, "choose how we begin"));
        Add(ChoosingMode, Mode, Steer(mode.HandleAsync, "choose how we begin"));
        Add(ChoosingMode, [Pass, Contribute], new GroupRoute(null, waitForMode));
        Add(ChoosingMode, [Reveal, Reopen], new GroupRoute(null, Private(GroupMessages.OnlyFacilitator("choose how we begin"))));

        Add([ChoosingMode, Active], Join, Do(join.HandleAsync));
        Add([ChoosingMode, Active], End, Steer(end.HandleAsync, "end the session"));
        Add([ChoosingMode, Active], HandOver, Steer(handOver.HandleAsync, "hand over the facilitation"));
        Add([ChoosingMode, Active], Park, Do(park.ParkAsync));
        Add([ChoosingMode, Active], Help, new GroupRoute(null, Private(GroupMessages.Help + "\n" + ParticipationMessages.HelpLine)));
        Add(Active, Participation, Do(new ParticipationCommand(store).HandleAsync));
        Add(ChoosingMode, Participation, new GroupRoute(null, waitForMode));

        // Even after the end, people may take the record away, see it, take themselves out of it and own what was parked.
        Add([ChoosingMode, Active, Ended], Own, Do(park.OwnAsync));
        Add([ChoosingMode, Active, Ended], ParkingLot, Do(export.ParkingLotAsync));
        Add([ChoosingMode, Active, Ended], ExportMarkdown, Do(export.MarkdownAsync));
        Add([ChoosingMode, Active, Ended], ExportCsv, Do(export.CsvAsync));
        Add([ChoosingMode, Active, Ended], Withdraw, Do(new WithdrawCommand(privacy).HandleAsync));
        Add([ChoosingMode, Active, Ended], Status, Do(new StatusCommand(store).HandleAsync));
    }

    public GroupRoute For(SessionStatus status, GroupCommandKind kind) => _routes.GetValueOrDefault((status, kind), GroupRoute.NotForTheSession);

    private static GroupRoute Do(GroupHandler handler) => new(handler);

    /// <summary>Only those who may steer: the facilitator, or anyone while nobody facilitates.</summary>
    private static GroupRoute Steer(GroupHandler handler, string what) =>
        new(handler, Private(GroupMessages.OnlyFacilitator(what)), SteerersOnly: true);

    private static GroupReply Private(string text) => new(text) { Private = true };

    private void Add(SessionStatus status, GroupCommandKind kind, GroupRoute route) => _routes.Add((status, kind), route);

    private void Add(SessionStatus status, GroupCommandKind[] kinds, GroupRoute route)
    {
        foreach (var kind in kinds)
        {
            Add(status, kind, route);
        }
    }

    private void Add(SessionStatus[] statuses, GroupCommandKind kind, GroupRoute route)
    {
        foreach (var status in statuses)
        {
            Add(status, kind, route);
        }
    }
}
