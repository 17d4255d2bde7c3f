using System.ComponentModel.DataAnnotations;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Limits and timings of personal guided reflections, bound from the "Reflection" section.</summary>
public sealed class ReflectionOptions
{
    public const string Section = "Reflection";

    /// <summary>The longest free-text answer kept; longer ones are asked again with the limit said plainly.</summary>
    [Range(100, 20_000)]
    public int MaxAnswerLength { get; set; } = 2_000;

    /// <summary>How many answers a question accepts that it cannot use before moving on kindly.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How sure the knowledge lookup must be before a message mid-reflection is treated as a question about the cases.</summary>
    [Range(0.0, 1.0)]
    public double QuestionConfidence { get; set; } = 0.5;

    /// <summary>How often due reminders are looked for, in seconds.</summary>
    [Range(1, 3_600)]
    public int ReminderCheckSeconds { get; set; } = 30;
}
