using System.Globalization;
using System.Text;

namespace CoproBot.Dialogs.Reflection;

/// <summary>What a reflection says, in plain words.</summary>
public static class ReflectionMessages
{
    public const string ChooseCase = "Which case would you like to reflect on?";
    public const string ChooseCaseAgain = "Please pick one of the cases: its name or its number is fine.";
    public const string NoCaseChosen = "I couldn't tell which case you meant, so I haven't started a reflection. Say \"reflect on ESTHER\" (or another case) whenever you like.";
    public const string AskPlace = "First: which community or place is your work in? I'll use it in questions written for one place. Say \"skip\" if you'd rather not say.";
    public const string EmptyAnswer = "I didn't catch an answer. Please type a few words, or say \"skip\" to move on.";
    public const string MovingOn = "Let's move on for now; you can come back to it with \"back\".";
    public const string LeftUnrated = "Let's leave that one unrated for now; you can come back to it with \"back\".";
    public const string FirstStep = "This is the first question, so there's nothing before it.";
    public const string ConfirmCancel = "Do you want to end this reflection? Your answers so far won't be kept.";
    public const string Cancelled = "All right, I've ended the reflection and haven't kept your answers. Say \"reflect\" whenever you'd like to start again.";
    public const string CarryOn = "Good, let's carry on.";
    public const string StaleCard = "That card is from an earlier question, so I haven't used it. Here's where we are now:";
    public const string EndedCard = "That card is from a reflection that has ended, so I haven't used it. Say \"reflect\" to start a new one.";
    public const string WelcomeBack = "Welcome back. Here's where we were:";
    public const string StillPaused = "Your reflection is paused. Say \"continue\" when you're ready, or \"cancel\" to end it.";
    public const string StopForToday = "All right, we'll stop here for today. Your reflection stays paused and your answers are kept; say \"continue\" whenever you're ready.";
    public const string NoReflections = "You haven't completed a reflection yet. Say \"reflect\" to start one.";
    public const string OnlyInPrivate = "Your saved reflections are private, so I only show them in a one-to-one chat with me.";
    public const string YoureWelcome = "You're welcome.";
    public const string StaysPaused = "No problem, your reflection stays paused and your answers are kept. Say \"continue\" when you're ready, or tell me when to remind you (for example \"remind me tomorrow at 10am\").";
    public const string PlaceHelp = "I use your community or place (a town, a neighbourhood, the area your service covers) to ask questions written for one place, such as Dundee, about yours instead. Say \"skip\" to keep the case's own wording.";
    public const string NotNow = "No reminder then. Tell me another time (for example \"remind me tomorrow at 10am\"), or say \"continue\" when you're ready.";

    public const string Help =
        "We're working through a reflection together. Answer in your own words, or say:\n"
        + "- \"back\" to see the previous question again and change your answer\n"
        + "- \"skip\" to move on\n"
        + "- \"repeat\" to hear the question again\n"
        + "- \"where am I\" to see how far you've come\n"
        + "- \"pause\" to take a break (\"pause, remind me tomorrow at 10am\" sets a reminder)\n"
        + "- \"cancel\" to end the reflection\n"
        + "You can also ask about the cases, like \"what does balancing power mean for ESTHER?\"";

    public static string Intro(ReflectionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Let's reflect on **Case {plan.Case.Number}: {plan.Case.Name}**.");
        if (plan.Approach.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" In the case's own words, its coproduction approach: \"{plan.Approach}\"");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n\nI'll ask {Count(plan.Questions.Count, "guiding question")}, then how well your work reflects {Count(plan.Principles.Count, "inclusivity principle")}. ");
        text.Append("Say \"help\" at any time to see what you can say.");
        return text.ToString();
    }

    public static string Prompt(ReflectionPlan plan, ReflectionProgress progress, ReflectionStep step)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(step);
        switch (step.Kind)
        {
            case ReflectionStepKind.Place:
                return AskPlace + Earlier(progress.Place);
            case ReflectionStepKind.Question:
                var original = plan.Questions[step.Index];
                var adapted = QuestionWording.Asked(original, progress.Place);
                var text = $"Question {step.Index + 1} of {plan.Questions.Count}: {adapted}";
                if (adapted != original)
                {
                    text += $"\n(The case's own wording: \"{original}\")";
                }

                return text + Earlier(progress.Answers.GetValueOrDefault(step.Index));
            case ReflectionStepKind.Rating:
                var rating = progress.Ratings.TryGetValue(step.Index, out var r) ? $"{r} out of 5" : null;
                return $"Principle {step.Index + 1} of {plan.Principles.Count}: how well does your work reflect '{plan.Principles[step.Index]}'? "
                    + $"Rate it from 1 to 5 ({RatingScale.Legend})." + Earlier(rating);
            default:
                return $"Any note on '{plan.Principles[step.Index]}'? Say \"skip\" if not." + Earlier(progress.Notes.GetValueOrDefault(step.Index));
        }
    }

    /// <summary>After a rating that could not be read: which principle it is, and the scale again.</summary>
    public static string RatingRetry(string principle) =>
        $"I couldn't read that as a rating of '{principle}'. Please choose from 1 to 5 ({RatingScale.Legend}), or say \"skip\".";

    public static string ScaleHelp(string caseName, string principle) =>
        $"You're rating how well your work reflects '{principle}', one of {caseName}'s inclusivity principles. 1 means not at all and 5 means fully "
        + $"({RatingScale.Legend}). Words are fine too, like \"mostly\" or \"somewhere in the middle\"; say \"skip\" if it doesn't apply to your work.";

    public static string NoteHelp(string principle) =>
        $"The note is optional: a few words on why you rated '{principle}' as you did, or what would help. Say \"skip\" if you'd rather not add one.";

    public static string Hello(string caseName) => $"Hello! We're in the middle of your reflection on {caseName}:";

    public static string WhereAmI(ReflectionPlan plan, ReflectionProgress progress)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Step < 0 || progress.Step >= plan.Steps.Count)
        {
            return "We're choosing which case to reflect on.";
        }

        var step = plan.Steps[progress.Step];
        var where = step.Kind switch
        {
            ReflectionStepKind.Place => "on the question about your community",
            ReflectionStepKind.Question => $"on question {step.Index + 1} of {plan.Questions.Count}",
            _ => $"on principle {step.Index + 1} of {plan.Principles.Count}",
        };
        var done = progress.Answers.Count + progress.Ratings.Count;
        var total = plan.Questions.Count + plan.Principles.Count;
        return $"You're {where} of your reflection on {plan.Case.Name} (step {progress.Step + 1} of {plan.Steps.Count}); "
            + $"{done} of {total} questions and principles answered so far.";
    }

    public static string TooLong(int limit, int length) => string.Create(
        CultureInfo.InvariantCulture,
        $"That's longer than I can keep: please keep your answer under {limit:N0} characters (that one was {length:N0}). You could send the main points, and say \"skip\" to move on.");

    public static string AlreadyReflecting(string caseName) =>
        $"You're in the middle of a reflection on {caseName}. Say \"cancel\" to end it first, or carry on:";

    public static string PausedReflection(string caseName) =>
        $"You have a paused reflection on {caseName}. Say \"continue\" to pick it up, or \"cancel\" to end it first.";

    public static string Paused(string caseName) =>
        $"I've paused your reflection on {caseName} and kept your answers. Say \"continue\" whenever you're ready, "
        + "or tell me when to remind you (for example \"remind me tomorrow at 10am\").";

    public static string ReminderSet(string caseName, DateTimeOffset local, string zone) =>
        $"I've paused your reflection on {caseName} and I'll remind you on {When(local)} ({zone}). Say \"continue\" any time before then.";

    public static string ConfirmReminder(DateTimeOffset local, string zone) =>
        $"Just to check: shall I remind you on {When(local)} ({zone})?";

    public static string TimeHasPassed(DateTimeOffset local) =>
        $"{When(local)} has already passed, so I haven't set a reminder. Tell me a later time, or say \"continue\" when you're ready.";

    public static string ReminderDue(string caseName) =>
        $"It's time to continue your reflection on {caseName}: here's where we left off.";

    public static string When(DateTimeOffset local) =>
        local.ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture);

    private static string Count(int count, string noun) => count == 1 ? $"one {noun}" : $"{count} {noun}s";

    private static string Earlier(string? answer) => answer is null
        ? string.Empty
        : $"\n\nYour earlier answer: \"{answer}\"\nSend a new answer to change it, or say \"skip\" to keep it.";
}
