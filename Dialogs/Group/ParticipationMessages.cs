using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Group;

/// <summary>What CoproBot says about the balance of voices in a group session. Names appear only in the facilitator's view.</summary>
/// <remarks>The balance goes to the person who asked alone, so it speaks their language; the notice that replaces it in the channel speaks the session's.</remarks>
public static class ParticipationMessages
{
    /// <summary>Posted in the channel instead, when the balance cannot reach the person alone: it names no one.</summary>
    public static string NotSentPrivately(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return say[Phrase.GroupParticipationNotSent];
    }

    /// <summary>The facilitator's view: who gave what at this step and in the session, who has not yet, and a gentle suggestion.</summary>
    public static string ForFacilitator(Language say, ParticipationBalance balance)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(balance);
        var lines = new List<string> { say.Format(Phrase.GroupParticipationTitle, balance.StepTitle) };
        if (balance.Joined == 0)
        {
            lines.Add(say[Phrase.GroupParticipationNobodyJoined]);
            return string.Join("\n", lines);
        }

        if (balance.Named.Count == 0 && balance.NotYet.Count == 0)
        {
            // An anonymous session: counts, never who.
            lines.Add(Counts(say, balance));
            if (balance.OneVoiceDominates)
            {
                lines.Add(say[Phrase.GroupParticipationOneVoice]);
            }

            lines.Add(AnonymousSuggestion(say, balance));
            return string.Join("\n", lines);
        }

        lines.Add(balance.Named.Count == 0
            ? say[Phrase.GroupParticipationNobodyAtStep]
            : say.Format(Phrase.GroupParticipationContributed, string.Join(", ", balance.Named.Select(t => say.Format(Phrase.GroupParticipationPerson, t.Name, Times(say, t.AtStep), t.InSession)))));
        if (balance.NotYet.Count > 0)
        {
            lines.Add(say.Format(
                Phrase.GroupParticipationNotYet,
                string.Join(", ", balance.NotYet.Select(t => t.InSession == 0 ? t.Name : say.Format(Phrase.GroupParticipationPersonEarlier, t.Name, t.InSession)))));
        }

        if (balance.OneVoiceDominates)
        {
            lines.Add(say[Phrase.GroupParticipationOneVoice]);
        }

        lines.Add(Suggestion(say, balance));
        return string.Join("\n", lines);
    }

    /// <summary>The view anyone may have: how many gave how much, and of how many; never who.</summary>
    public static string CountsOnly(Language say, ParticipationBalance balance)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(balance);
        return "**" + balance.StepTitle + "**\n" + Counts(say, balance);
    }

    /// <summary>"Niamh", "Niamh and Kwame", "Sam, Niamh and Kwame": names joined as the language joins them.</summary>
    public static string Listed(Language say, IReadOnlyList<string> items, Phrase last)
    {
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(items);
        return items.Count == 1 ? items[0] : say.Format(last, string.Join(", ", items.Take(items.Count - 1)), items[^1]);
    }

    private static string Counts(Language say, ParticipationBalance balance) => say.Format(
        Phrase.GroupParticipationCounts,
        Contributions(say, balance.AtStep),
        People(say, balance.PeopleAtStep),
        balance.Joined,
        Contributions(say, balance.InSession),
        People(say, balance.PeopleInSession));

    private static string Suggestion(Language say, ParticipationBalance balance)
    {
        if (balance.NotYet.Count == 0)
        {
            return say[Phrase.GroupParticipationEveryone];
        }

        var who = Listed(say, [.. balance.NotYet.Select(t => t.Name)], Phrase.GroupListAnd);
        return say.Format(balance.RoundRobin ? Phrase.GroupParticipationInviteInTurn : Phrase.GroupParticipationInvite, who);
    }

    private static string AnonymousSuggestion(Language say, ParticipationBalance balance) => balance.NotYetCount <= 0
        ? say[Phrase.GroupParticipationEveryone]
        : say[balance.RoundRobin ? Phrase.GroupParticipationRemindAll : Phrase.GroupParticipationInviteAll];

    private static string Times(Language say, int count) => RatingDistribution.Count(say, count, Phrase.GroupTimesOne, Phrase.GroupTimesMany);

    private static string Contributions(Language say, int count) => RatingDistribution.Count(say, count, Phrase.GroupContributionsOne, Phrase.GroupContributionsMany);

    private static string People(Language say, int count) => RatingDistribution.Count(say, count, Phrase.GroupPeopleOne, Phrase.GroupPeopleMany);
}
