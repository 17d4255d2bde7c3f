using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group;

/// <summary>Everything stored for one session, read together for a reveal, summary or export.</summary>
public sealed record SessionRecord(GroupSession Session, IReadOnlyList<Contribution> Contributions, IReadOnlyList<Participant> Participants, IReadOnlyList<ParkedTopic> Parked)
{
    /// <summary>Words given (not ratings or passes).</summary>
    public IReadOnlyList<Contribution> Words => [.. Contributions.Where(c => c.Text is not null && !c.Passed)];

    public int RatingCount => Enumerable.Range(0, Session.Steps.Count).Sum(step => RatingDistribution.LatestRatings(Contributions, step).Count);

    /// <summary>People who gave words or a rating: passing alone is not taking part in the count.</summary>
    public int PeopleCount => Contributions.Where(c => !c.Passed).Select(c => c.UserId).Distinct(StringComparer.Ordinal).Count();

    public string Counts()
    {
        var say = Session.Speaks;
        var people = RatingDistribution.Count(say, PeopleCount, Phrase.GroupPeopleOne, Phrase.GroupPeopleMany);
        var ratings = RatingCount > 0 ? say.Format(Phrase.GroupCountsAnd, RatingDistribution.Count(say, RatingCount, Phrase.GroupRatingsOne, Phrase.GroupRatingsMany)) : string.Empty;
        return say.Format(Phrase.GroupCounts, RatingDistribution.Count(say, Words.Count, Phrase.GroupContributionsOne, Phrase.GroupContributionsMany), ratings, people);
    }

    /// <summary>In anonymous sessions the order of arrival could point at a person, so words are shown in an order unrelated to time.</summary>
    public IEnumerable<Contribution> WordsAt(int step)
    {
        var words = Words.Where(c => c.Step == step);
        return Session.IsAnonymous ? words.OrderBy(c => c.Id[(c.Id.IndexOf('-', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal) : words;
    }

    public string? NameOf(Contribution contribution) => Session.IsAnonymous ? null : contribution.UserName ?? Session.Speaks[Phrase.GroupSomeoneWrote];

    /// <summary>Who took part, by name: those who joined or gave something. Never in anonymous sessions.</summary>
    public IReadOnlyList<string> Names =>
        Session.IsAnonymous
            ? []
            : [.. Participants.Select(p => p.Name).Concat(Contributions.Where(c => !c.Passed).Select(c => c.UserName))
                .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.Ordinal)];
}
