using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Group;

/// <summary>Runs group sessions: who leads, which step the group is on, and what each message adds.</summary>
/// <remarks>
/// Control changes (step, mode, facilitator, end) load the session, decide, and save with its ETag; a conflicting save
/// is decided again on fresh state, and replies are only produced once the save has succeeded, so a step is never
/// skipped, repeated or announced without being saved. Contributions never touch the control state.
/// </remarks>
public sealed partial class GroupFacilitator(GroupSessionStore store, TimeProvider time, GroupRules rules, GroupCommandReader commands)
{
    private const int MaxAttempts = 30;

    private readonly DecidedMessages _decided = new(capacity: 1024);

    /// <summary>The replies for a message in a group conversation; null when it is not for the session.</summary>
    public async Task<IReadOnlyList<GroupReply>?> HandleAsync(GroupInput input, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        // Words from a form are always a contribution, whatever they say.
        var command = input.Submitted ? new GroupCommand(GroupCommandKind.None) : commands.Read(input.Text, input.Locale);
        if (command.Kind == GroupCommandKind.Start)
        {
            return await StartAsync(input, command.Argument, knowledge, cancellationToken);
        }

        var (session, _) = await store.LoadAsync(input.ConversationKey, cancellationToken);
        if (session is null)
        {
            return null;
        }

        return session.StatusFor(input.ActivityId) switch
        {
            SessionStatus.Ended => await AfterEndAsync(input, command, session, cancellationToken),
            SessionStatus.ChoosingMode => await WhileChoosingAsync(input, command, session, cancellationToken),
            _ => await DuringAsync(input, command, session, cancellationToken),
        };
    }

    private async Task<IReadOnlyList<GroupReply>?> DuringAsync(GroupInput input, GroupCommand command, GroupSession session, CancellationToken cancellationToken) =>
        command.Kind switch
        {
            GroupCommandKind.Join => await JoinAsync(input, session, cancellationToken),
            GroupCommandKind.Next => await NextAsync(input, cancellationToken),
            GroupCommandKind.Reveal => await RevealAsync(input, session, cancellationToken),
            GroupCommandKind.Reopen => await ReopenAsync(input, command.Argument, cancellationToken),
            GroupCommandKind.Mode => await ModeAsync(input, command.Argument, cancellationToken),
            GroupCommandKind.End => await EndAsync(input, cancellationToken),
            GroupCommandKind.HandOver => await HandOverAsync(input, command.Argument, session, cancellationToken),
            GroupCommandKind.Pass => await PassAsync(input, session, cancellationToken),
            GroupCommandKind.Contribute => [AskForText(session)],
            GroupCommandKind.None when input.Text.Length == 0 => input.Submitted ? [new GroupReply("The answer box was empty, so I haven't saved anything.") { Private = true }] : null,
            GroupCommandKind.None => await ContributeAsync(input, session, cancellationToken),
            _ => await AnytimeAsync(input, command, session, cancellationToken),
        };

    private async Task<IReadOnlyList<GroupReply>?> WhileChoosingAsync(GroupInput input, GroupCommand command, GroupSession session, CancellationToken cancellationToken)
    {
        if (session.MaySteer(input.From.Id))
        {
            if (command.Kind == GroupCommandKind.Next)
            {
                return await ModeAsync(input, nameof(SessionMode.Open), cancellationToken);
            }

            if (command.Kind is GroupCommandKind.Mode || (command.Kind is GroupCommandKind.None && ModeReader.Read(input.Text, input.Locale) is not null))
            {
                return await ModeAsync(input, command.Kind is GroupCommandKind.Mode ? command.Argument : input.Text, cancellationToken);
            }
        }

        return command.Kind switch
        {
            GroupCommandKind.Join => await JoinAsync(input, session, cancellationToken),
            GroupCommandKind.End => await EndAsync(input, cancellationToken),
            GroupCommandKind.HandOver => await HandOverAsync(input, command.Argument, session, cancellationToken),
            GroupCommandKind.None when input.Text.Length == 0 => null,
            GroupCommandKind.None or GroupCommandKind.Pass or GroupCommandKind.Contribute => [new GroupReply(GroupMessages.WaitForMode) { Private = true }],
            GroupCommandKind.Next or GroupCommandKind.Reveal or GroupCommandKind.Reopen or GroupCommandKind.Mode => [new GroupReply(GroupMessages.OnlyFacilitator("choose how we begin")) { Private = true }],
            _ => await AnytimeAsync(input, command, session, cancellationToken),
        };
    }

    private async Task<IReadOnlyList<GroupReply>?> AfterEndAsync(GroupInput input, GroupCommand command, GroupSession session, CancellationToken cancellationToken) =>
        command.Kind switch
        {
            GroupCommandKind.ExportMarkdown or GroupCommandKind.ExportCsv or GroupCommandKind.Withdraw or GroupCommandKind.ParkingLot
                or GroupCommandKind.Own or GroupCommandKind.Status => await AnytimeAsync(input, command, session, cancellationToken),
            _ => null,
        };

    /// <summary>What anyone may ask of a session at any stage, even after it has ended.</summary>
    private async Task<IReadOnlyList<GroupReply>?> AnytimeAsync(GroupInput input, GroupCommand command, GroupSession session, CancellationToken cancellationToken)
    {
        switch (command.Kind)
        {
            case GroupCommandKind.Park:
                return await ParkAsync(input, command.Argument, session, cancellationToken);
            case GroupCommandKind.Own:
                return await OwnAsync(input, command.Argument, session, cancellationToken);
            case GroupCommandKind.Withdraw:
                var withdrawn = await store.WithdrawAsync(session.SessionId, input.From.Id, cancellationToken);
                return [new GroupReply(withdrawn == 0
                    ? "You haven't contributed anything to this session, so there's nothing to withdraw."
                    : $"Done. I've deleted your {RatingDistribution.Plural(withdrawn, "contribution")} (words, ratings and passes) from this session; no summary or export will include them.") { Private = true }];
            case GroupCommandKind.Help:
                return [new GroupReply(GroupMessages.Help) { Private = true }];
        }

        var record = await RecordAsync(session, cancellationToken);
        return command.Kind switch
        {
            GroupCommandKind.ParkingLot => [new GroupReply("**Parking lot**\n" + SessionReport.ParkingLot(record))],
            GroupCommandKind.ExportMarkdown => [new GroupReply(SessionReport.Markdown(record))],
            GroupCommandKind.ExportCsv => [new GroupReply("```csv\n" + SessionReport.Csv(record) + "```")],
            _ => [new GroupReply(Status(record))],
        };
    }

    private static string Status(SessionRecord record)
    {
        var session = record.Session;
        var where = session.Status switch
        {
            SessionStatus.Ended => "has ended",
            SessionStatus.ChoosingMode => "is about to begin",
            _ => "is at " + SessionReport.StepTitle(session, session.Step),
        };
        var lead = !session.HasFacilitator
            ? " Nobody is facilitating now, so anyone here can say \"next\", \"reveal\" or \"end\", or \"hand over to\" someone."
            : session.IsAnonymous || session.FacilitatorName is null ? string.Empty : $" {session.FacilitatorName} is facilitating.";
        return $"Our group reflection on {session.CaseName} {where}, in {ModeReader.NameOf(session.Mode)} mode.{lead} So far: {record.Counts()}.";
    }

    private async Task<SessionRecord> RecordAsync(GroupSession session, CancellationToken cancellationToken) => new(
        session,
        await store.ContributionsAsync(session.SessionId, cancellationToken),
        await store.ParticipantsAsync(session.SessionId, cancellationToken),
        await store.ParkedAsync(session.SessionId, cancellationToken));

    /// <summary>Loads, decides and saves with the ETag, deciding again on fresh state after a conflict.</summary>
    /// <remarks>
    /// The message's id is saved with the change. Found there, the message was applied already (it reached another
    /// instance too, or was sent again): nothing changes, and the saved state is given back so the turn can answer
    /// as the one that applied it; only one of them gets to send (see the bot's turn ledger).
    /// </remarks>
    private async Task<(GroupSession? Saved, IReadOnlyList<GroupReply> Replies)> ChangeAsync(
        string? activityId, string conversationKey, Func<GroupSession?, (GroupSession? Next, IReadOnlyList<GroupReply> Replies)> decide, CancellationToken cancellationToken)
    {
        if (_decided.TryGet(conversationKey, activityId, out var earlier))
        {
            return earlier;
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (current, etag) = await store.LoadAsync(conversationKey, cancellationToken);
            if (current is not null && current.HasApplied(activityId))
            {
                return (current, []);
            }

            var (next, replies) = decide(current);
            if (next is null)
            {
                return (null, replies);
            }

            // No session counts as an ended one: a new one may start.
            next = next.WithApplied(activityId, current?.Status ?? SessionStatus.Ended);
            if ((await store.SaveAsync(next, etag, cancellationToken)).Succeeded)
            {
                _decided.Add(conversationKey, activityId, next, replies);
                return (next, replies);
            }
        }

        return (null, [new GroupReply(GroupMessages.Busy) { Private = true }]);
    }

    private static (GroupSession?, IReadOnlyList<GroupReply>) Unchanged(params GroupReply[] replies) => (null, replies);

    private static (GroupSession?, IReadOnlyList<GroupReply>)? RefuseUnlessFacilitator(GroupSession? current, GroupInput input, string what) =>
        current is null || current.Status == SessionStatus.Ended
            ? Unchanged(new GroupReply("There's no group session running here now.") { Private = true })
            : current.MaySteer(input.From.Id) ? null : Unchanged(new GroupReply(GroupMessages.OnlyFacilitator(what)) { Private = true });
}
