using CoproBot.Dialogs.Languages;
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
        var waitForMode = Private(Phrase.GroupWaitForMode);

        Add(Active, None, Do(contribute.HandleAsync));
        Add(Active, Contribute, Do(ContributeCommand.AskForTextAsync));
        Add(Active, Pass, Do(new PassCommand(store, time, prompts).HandleAsync));
        Add(Active, Next, Steer(new NextCommand(control, prompts).HandleAsync, Phrase.GroupToMoveOn));
        Add(Active, Reveal, Steer(new RevealCommand(store).HandleAsync, Phrase.GroupToReveal));
        Add(Active, Reopen, Steer(new ReopenCommand(control, prompts).HandleAsync, Phrase.GroupToReopen));
        Add(Active, Mode, Steer(mode.HandleAsync, Phrase.GroupToChangeMode));

        // Before the facilitator chooses a mode, nothing anyone gives is kept, and choosing is the only way on.
        Add(ChoosingMode, None, new GroupRoute(mode.ChooseFromWordsAsync, waitForMode, SteerersOnly: true));
        Add(ChoosingMode, Next, Steer(mode.BeginOpenAsync, Phrase.GroupToChooseMode));
        Add(ChoosingMode, Mode, Steer(mode.HandleAsync, Phrase.GroupToChooseMode));
        Add(ChoosingMode, [Pass, Contribute], new GroupRoute(null, waitForMode));
        Add(ChoosingMode, [Reveal, Reopen], new GroupRoute(null, say => PrivateReply(GroupMessages.OnlyFacilitator(say, Phrase.GroupToChooseMode))));

        Add([ChoosingMode, Active], Join, Do(join.HandleAsync));
        Add([ChoosingMode, Active], End, Steer(end.HandleAsync, Phrase.GroupToEnd));
        Add([ChoosingMode, Active], HandOver, Steer(handOver.HandleAsync, Phrase.GroupToHandOver));
        Add([ChoosingMode, Active], Park, Do(park.ParkAsync));
        Add([ChoosingMode, Active], Help, new GroupRoute(null, say => PrivateReply(GroupMessages.Help(say))));
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
    /// <param name="handler">What is done.</param>
    /// <param name="what">What only they may do, as the refusal to anyone else names it.</param>
    private static GroupRoute Steer(GroupHandler handler, Phrase what) =>
        new(handler, say => PrivateReply(GroupMessages.OnlyFacilitator(say, what)), SteerersOnly: true);

    /// <summary>A phrase said privately, in the language of the person it answers.</summary>
    private static Func<Language, GroupReply> Private(Phrase phrase) => say => PrivateReply(say[phrase]);

    private static GroupReply PrivateReply(string text) => new(text) { Private = true };

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
