using System.Text.Json;
using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Reminders;

using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>Puts a person's reflections into plain words: completed ones, one in progress, and reminders to continue.</summary>
public static class ReflectionRecords
{
    public static ExportItem Completed(Language say, string data)
    {
        var reflection = JsonSerializer.Deserialize<ArchivedReflection>(data) ?? throw new JsonException("An empty reflection.");
        return new ExportItem(
            say.Format(Phrase.ExportReflectionTitle, reflection.Number, reflection.CaseName),
            [new(say[Phrase.ExportCase], reflection.CaseName), new(say[Phrase.ExportCompleted], ExportWords.Date(reflection.Completed))])
        {
            // The summary is the document the person was given at the end; it already holds every answer, rating and note.
            Document = reflection.Markdown.ReplaceLineEndings("\n").TrimEnd().Split('\n'),
        };
    }

    public static ExportItem Reminder(Language say, string data)
    {
        var reminder = ReadReminder(data);
        return new ExportItem(
            say.Format(Phrase.ExportReminderTitle, reminder.Topic),
            [
                new(say[Phrase.ExportWhen], ExportWords.Date(reminder.Due)),
                new(say[Phrase.ExportTimeZone], reminder.TimeZoneId),
                new(say[Phrase.ExportReflection], reminder.Topic),
                new(say[Phrase.ExportWhere], ExportWords.Where(say, reminder.ChannelId, reminder.ConversationId)),
            ]);
    }

    /// <summary>The copy of a reminder filed under the minute it falls due, which is how it is found on time.</summary>
    public static ExportItem DueEntry(Language say, string data)
    {
        var reminder = ReadReminder(data);
        return new ExportItem(
            say[Phrase.ExportDueEntry],
            [
                new(say[Phrase.ExportWhen], ExportWords.Date(reminder.Due)),
                new(say[Phrase.ExportReflection], reminder.Topic),
            ]);
    }

    /// <summary>The reflection kept in a conversation's state, or null when none is under way there.</summary>
    public static ExportItem? InProgress(Language say, JToken dialogState, CoproBot.Knowledge.Model.KnowledgeBase knowledge, string where)
    {
        var state = dialogState.ToObject<DialogState>();
        if (ReflectionState.Progress(state) is not { } progress)
        {
            return null;
        }

        var plan = ReflectionPlan.For(knowledge, progress);
        var fields = new List<ExportField>
        {
            new(say[Phrase.ExportCase], plan?.Name ?? progress.CaseId ?? say[Phrase.ExportNotChosen]),
            new(say[Phrase.ExportWhere], where),
            new(say[Phrase.ExportStep], StepOf(say, plan, progress)),
            new(say[Phrase.ExportPaused], ExportWords.YesNo(say, progress.Paused)),
        };
        if (progress.ReminderDue is { } due)
        {
            fields.Add(new(say[Phrase.ExportReminderDue], ExportWords.Date(due)));
        }

        if (progress.TimeZoneId is { Length: > 0 } zone)
        {
            fields.Add(new(say[Phrase.ExportTimeZone], zone));
        }

        if (progress.Place is { } place)
        {
            fields.Add(new(say[Phrase.ExportPlace], place));
        }

        foreach (var (index, answer) in progress.Answers.OrderBy(a => a.Key))
        {
            fields.Add(new(plan is not null && index < plan.Questions.Count ? QuestionWording.Asked(say, plan.Questions[index], progress.Place) : say.Format(Phrase.ExportQuestionNumber, index + 1), answer));
        }

        foreach (var index in progress.Ratings.Keys.Union(progress.Notes.Keys).Order())
        {
            var principle = plan is not null && index < plan.Principles.Count ? plan.Principles[index] : say.Format(Phrase.ExportPrincipleNumber, index + 1);
            var rating = progress.Ratings.TryGetValue(index, out var r) ? $"{r}/5" : say[Phrase.ExportNotRated];
            fields.Add(new(principle, progress.Notes.TryGetValue(index, out var note) ? say.Format(Phrase.ExportRatingWithNote, rating, note) : rating));
        }

        return new ExportItem(say.Format(Phrase.ExportInProgressTitle, plan?.Name ?? progress.CaseId ?? say[Phrase.ExportCaseNotChosen]), fields);
    }

    private static string StepOf(Language say, ReflectionPlan? plan, ReflectionProgress progress)
    {
        if (progress.Step == ReflectionProgress.ChoosingCase || plan is null)
        {
            return say[Phrase.ExportChoosingCase];
        }

        if (progress.Step >= plan.Steps.Count)
        {
            return say[Phrase.ExportFinished];
        }

        var step = plan.Steps[progress.Step];
        return step.Kind switch
        {
            ReflectionStepKind.Place => say[Phrase.ExportAtPlace],
            ReflectionStepKind.Question => say.Format(Phrase.ExportAtQuestion, step.Index + 1, plan.Questions.Count, QuestionWording.Asked(say, plan.Questions[step.Index], progress.Place)),
            ReflectionStepKind.Rating => say.Format(Phrase.ExportAtRating, step.Index + 1, plan.Principles.Count, plan.Principles[step.Index]),
            _ => say.Format(Phrase.ExportAtNote, step.Index + 1, plan.Principles.Count, plan.Principles[step.Index]),
        };
    }

    // A reminder's row and its entry in the due index hold the same reminder.
    private static Reminder ReadReminder(string data) =>
        JsonSerializer.Deserialize<Reminder>(data) ?? throw new JsonException("An empty reminder.");
}
