using System.Globalization;

namespace CoproBot.Dialogs.Group;

/// <summary>What CoproBot says about the balance of voices in a group session. Names appear only in the facilitator's view.</summary>
public static class ParticipationMessages
{
    /// <summary>Posted in the channel instead, when the balance cannot reach the person alone: it names no one.</summary>
    public const string NotSentPrivately =
        "I couldn't send the participation summary privately here, so I've kept it to myself. Try again in a moment, or in a chat with me.";

    /// <summary>The facilitator's view: who gave what at this step and in the session, who has not yet, and a gentle suggestion.</summary>
    public static string ForFacilitator(ParticipationBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        var lines = new List<string> { $"**Participation on {balance.StepTitle}** (only you can see this)" };
        if (balance.Joined == 0)
        {
            lines.Add(NobodyYet);
            return string.Join("\n", lines);
        }

        if (balance.Named.Count == 0 && balance.NotYet.Count == 0)
        {
            // An anonymous session: counts, never who.
            lines.Add(Counts(balance));
            if (balance.OneVoiceDominates)
            {
                lines.Add(OneVoice);
            }

            lines.Add(AnonymousSuggestion(balance));
            return string.Join("\n", lines);
        }

        lines.Add(balance.Named.Count == 0
            ? "Nobody has contributed on this step yet."
            : "Contributed on this step: " + string.Join(", ", balance.Named.Select(t => $"{t.Name} {Times(t.AtStep)} ({t.InSession} in the session)")) + ".");
        if (balance.NotYet.Count > 0)
        {
            lines.Add("Joined but not contributed on this step yet: "
                + string.Join(", ", balance.NotYet.Select(t => t.InSession == 0 ? t.Name : $"{t.Name} ({t.InSession} earlier in the session)")) + ".");
        }

        if (balance.OneVoiceDominates)
        {
            lines.Add(OneVoice);
        }

        lines.Add(Suggestion(balance));
        return string.Join("\n", lines);
    }

    /// <summary>The view anyone may have: how many gave how much, and of how many; never who.</summary>
    public static string CountsOnly(ParticipationBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return $"**{balance.StepTitle}**\n{Counts(balance)}";
    }

    private const string NobodyYet = "Nobody has joined or contributed yet. Anyone can say \"join\", or simply reply to the question.";

    private const string OneVoice = "One person has given more than half of this step's contributions so far.";

    private static string Counts(ParticipationBalance balance) => string.Create(
        CultureInfo.InvariantCulture,
        $"So far on this step: {RatingDistribution.Plural(balance.AtStep, "contribution")} from {People(balance.PeopleAtStep)}, of {balance.Joined} who joined. "
        + $"In the whole session: {RatingDistribution.Plural(balance.InSession, "contribution")} from {People(balance.PeopleInSession)}.");

    private static string Suggestion(ParticipationBalance balance)
    {
        if (balance.NotYet.Count == 0)
        {
            return "Everyone who joined has contributed on this step.";
        }

        var names = balance.NotYet.Select(t => t.Name).ToList();
        var who = names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
        return balance.RoundRobin
            ? $"You could invite {who} to add a thought when their turn comes; \"pass\" is always fine."
            : $"You could invite {who} to add a thought, or move to round robin (\"mode round robin\").";
    }

    private static string AnonymousSuggestion(ParticipationBalance balance) => balance.NotYetCount <= 0
        ? "Everyone who joined has contributed on this step."
        : balance.RoundRobin
            ? "You could remind everyone that there's room for each voice; \"pass\" is always fine."
            : "You could invite everyone who hasn't yet to add a thought, or move to round robin (\"mode round robin\").";

    private static string Times(int count) => count == 1 ? "once" : count.ToString(CultureInfo.InvariantCulture) + " times";

    private static string People(int count) => count == 1 ? "1 person" : count.ToString(CultureInfo.InvariantCulture) + " people";
}
