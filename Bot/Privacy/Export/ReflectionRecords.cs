using System.Text.Json;
using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Reminders;

using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>Puts a person's reflections into plain words: completed ones, one in progress, and reminders to continue.</summary>
public static class ReflectionRecords
{
    public static ExportItem Completed(string data)
    {
        var reflection = JsonSerializer.Deserialize<ArchivedReflection>(data) ?? throw new JsonException("An empty reflection.");
        return new ExportItem(
            $"Reflection {reflection.Number}: {reflection.CaseName}",
            [new("Case", reflection.CaseName), new("Completed", ExportWords.Date(reflection.Completed))])
        {
            // The summary is the document the person was given at the end; it already holds every answer, rating and note.
            Document = reflection.Markdown.ReplaceLineEndings("\n").TrimEnd().Split('\n'),
        };
    }

    public static ExportItem Reminder(string data)
    {
        var reminder = ReadReminder(data);
        return new ExportItem(
            $"Reminder to continue your reflection on {reminder.Topic}",
            [
                new("When", ExportWords.Date(reminder.Due)),
                new("Your time zone", reminder.TimeZoneId),
                new("Reflection", reminder.Topic),
                new("Where", $"{ExportWords.Channel(reminder.ChannelId)}, conversation {reminder.ConversationId}"),
            ]);
    }

    /// <summary>The copy of a reminder filed under the minute it falls due, which is how it is found on time.</summary>
    public static ExportItem DueEntry(string data)
    {
        var reminder = ReadReminder(data);
        return new ExportItem(
            "The same reminder, filed under the minute it falls due so it is sent on time",
            [
                new("When", ExportWords.Date(reminder.Due)),
                new("Reflection", reminder.Topic),
            ]);
    }

    /// <summary>The reflection kept in a conversation's state, or null when none is under way there.</summary>
    public static ExportItem? InProgress(JToken dialogState, CoproBot.Knowledge.Model.KnowledgeBase knowledge, string where)
    {
        var state = dialogState.ToObject<DialogState>();
        if (ReflectionState.Progress(state) is not { } progress)
        {
            return null;
        }

        var plan = ReflectionPlan.For(knowledge, progress);
        var fields = new List<ExportField>
        {
            new("Case", plan?.Name ?? progress.CaseId ?? "not chosen yet"),
            new("Where", where),
            new("Step", StepOf(plan, progress)),
            new("Paused", ExportWords.YesNo(progress.Paused)),
        };
        if (progress.ReminderDue is { } due)
        {
            fields.Add(new("Reminder due", ExportWords.Date(due)));
        }

        if (progress.TimeZoneId is { Length: > 0 } zone)
        {
            fields.Add(new("Your time zone", zone));
        }

        if (progress.Place is { } place)
        {
            fields.Add(new("Your community or place", place));
        }

        foreach (var (index, answer) in progress.Answers.OrderBy(a => a.Key))
        {
            fields.Add(new(plan is not null && index < plan.Questions.Count ? QuestionWording.Asked(plan.Questions[index], progress.Place) : $"Guiding question {index + 1}", answer));
        }

        foreach (var index in progress.Ratings.Keys.Union(progress.Notes.Keys).Order())
        {
            var principle = plan is not null && index < plan.Principles.Count ? plan.Principles[index] : $"Principle {index + 1}";
            var rating = progress.Ratings.TryGetValue(index, out var r) ? $"{r}/5" : "not rated";
            fields.Add(new(principle, progress.Notes.TryGetValue(index, out var note) ? $"{rating}, note: {note}" : rating));
        }

        return new ExportItem($"Reflection in progress on {plan?.Name ?? progress.CaseId ?? "a case not chosen yet"}", fields);
    }

    private static string StepOf(ReflectionPlan? plan, ReflectionProgress progress)
    {
        if (progress.Step == ReflectionProgress.ChoosingCase || plan is null)
        {
            return "choosing a case";
        }

        if (progress.Step >= plan.Steps.Count)
        {
            return "finished";
        }

        var step = plan.Steps[progress.Step];
        return step.Kind switch
        {
            ReflectionStepKind.Place => "the question about your community or place",
            ReflectionStepKind.Question => $"guiding question {step.Index + 1} of {plan.Questions.Count}: {QuestionWording.Asked(plan.Questions[step.Index], progress.Place)}",
            ReflectionStepKind.Rating => $"rating principle {step.Index + 1} of {plan.Principles.Count}: {plan.Principles[step.Index]}",
            _ => $"the note on principle {step.Index + 1} of {plan.Principles.Count}: {plan.Principles[step.Index]}",
        };
    }

    // A reminder's row and its entry in the due index hold the same reminder.
    private static Reminder ReadReminder(string data) =>
        JsonSerializer.Deserialize<Reminder>(data) ?? throw new JsonException("An empty reminder.");
}
