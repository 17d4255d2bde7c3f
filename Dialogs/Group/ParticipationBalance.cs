using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group;

/// <summary>Who has given something at the current step and in the whole session, as counts and, where allowed, names.</summary>
/// <remarks>
/// Read from what the session keeps, so it can name no one the store has no name for: an anonymous session keeps no
/// names at all, and its balance is built with none (<see cref="Named"/> and <see cref="NotYet"/> stay empty). Words count
/// once each; a person's rating of a principle counts once however often they changed it; a pass is not a contribution.
/// </remarks>
public sealed record ParticipationBalance
{
    /// <summary>Above this many contributions at a step, one person giving more than half of them is worth a word to the facilitator.</summary>
    public const int DominanceThreshold = 4;

    public required string StepTitle { get; init; }

    public int AtStep { get; init; }

    public int PeopleAtStep { get; init; }

    public int InSession { get; init; }

    public int PeopleInSession { get; init; }

    /// <summary>Everyone who took a place or gave something.</summary>
    public int Joined { get; init; }

    /// <summary>Who has given something at this step, by name, most first; empty unless names were asked for and may be shown.</summary>
    public IReadOnlyList<ParticipantTally> Named { get; init; } = [];

    /// <summary>Who took a place but has given nothing at this step yet, by name, in the order they joined; never the facilitator.</summary>
    public IReadOnlyList<ParticipantTally> NotYet { get; init; } = [];

    /// <summary>One person gave more than half of the step's contributions, and the step has at least <see cref="DominanceThreshold"/>.</summary>
    public bool OneVoiceDominates { get; init; }

    public bool RoundRobin { get; init; }

    /// <summary>How many who took a place have given nothing at this step yet, the facilitator aside.</summary>
    public int NotYetCount { get; init; }

    /// <summary>The balance at the session's current step; names only when <paramref name="withNames"/> and the session is not anonymous.</summary>
    /// <param name="record">The session and what it keeps.</param>
    /// <param name="withNames">Whether the asker may see who.</param>
    /// <param name="say">The asker's language, for the step's title; the session's when none is given.</param>
    public static ParticipationBalance Of(SessionRecord record, bool withNames, Language? say = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var session = record.Session;
        var step = session.Step;
        var given = record.Contributions.Where(c => !c.Passed).ToList();
        var atStep = Tally(given, step);
        var inSession = given.GroupBy(c => c.UserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Enumerable.Range(0, session.Steps.Count).Sum(s => Count(g, s)), StringComparer.Ordinal);

        // The order people joined, then anyone whose place has gone but whose contributions are still there.
        var people = record.Participants.Select(p => (p.UserId, p.Name))
            .Concat(given.Select(c => (c.UserId, Name: c.UserName)))
            .DistinctBy(p => p.UserId, StringComparer.Ordinal)
            .ToList();

        // The facilitator took a place by starting the session; leading is their part, so they are not "not yet".
        var notYet = people.Where(p => !atStep.ContainsKey(p.UserId) && !session.Leads(p.UserId)).ToList();
        var balance = new ParticipationBalance
        {
            StepTitle = SessionReport.StepTitle(session, step, say ?? session.Speaks),
            AtStep = atStep.Values.Sum(),
            PeopleAtStep = atStep.Count,
            InSession = inSession.Values.Sum(),
            PeopleInSession = inSession.Count(p => p.Value > 0),
            Joined = people.Count,
            NotYetCount = notYet.Count,
            OneVoiceDominates = Dominates(atStep.Values.DefaultIfEmpty(0).Max(), atStep.Values.Sum()),
            RoundRobin = session.Mode == SessionMode.RoundRobin,
        };
        if (!withNames || session.IsAnonymous)
        {
            return balance;
        }

        ParticipantTally Of((string UserId, string? Name) person) =>
            new(SessionPrivacy.ShownName(session, person.Name) ?? (say ?? session.Speaks)[Phrase.GroupSomeoneWrote], atStep.GetValueOrDefault(person.UserId), inSession.GetValueOrDefault(person.UserId));
        return balance with
        {
            Named = [.. people.Where(p => atStep.ContainsKey(p.UserId)).Select(Of).OrderByDescending(t => t.AtStep)],
            NotYet = [.. notYet.Select(Of)],
        };
    }

    /// <summary>
    /// Whether <paramref name="userId"/>'s latest contribution at the current step is the one that made a single voice
    /// more than half of it: true once, as the balance tips, so the facilitator hears of it then and not at every word after.
    /// </summary>
    public static bool TippedBy(GroupSession session, IEnumerable<Contribution> contributions, string userId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var atStep = Tally(contributions.Where(c => !c.Passed), session.Step);
        var total = atStep.Values.Sum();
        var mine = atStep.GetValueOrDefault(userId);
        return Dominates(mine, total) && !Dominates(mine - 1, total - 1);
    }

    // One person's share of a step is worth a word once the step has enough to judge and they gave more than half.
    private static bool Dominates(int most, int all) => all >= DominanceThreshold && most * 2 > all;

    private static Dictionary<string, int> Tally(IEnumerable<Contribution> given, int step) =>
        given.Where(c => c.Step == step).GroupBy(c => c.UserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Count(g, step), StringComparer.Ordinal);

    private static int Count(IEnumerable<Contribution> mine, int step)
    {
        var atStep = mine.Where(c => c.Step == step).ToList();
        return atStep.Count(c => c.Text is not null) + (atStep.Exists(c => c.Rating is not null) ? 1 : 0);
    }
}
