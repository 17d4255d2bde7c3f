using CoproBot.Dialogs.Replies;
using CoproBot.Dialogs.Templates;

namespace CoproBot.Dialogs.Reflection;

/// <summary>How far one person has come in one reflection, saved with their private conversation state.</summary>
/// <remarks>Plain data: it is written as JSON on every turn and read back on the next.</remarks>
public sealed class ReflectionProgress
{
    /// <summary>Before a case is chosen.</summary>
    public const int ChoosingCase = -1;

    /// <summary>The step of choosing the case.</summary>
    public static readonly StepReference ChoosingCaseStep = new(StepReferenceKind.Case, 0);

    public string? CaseId { get; set; }

    /// <summary>The team's template reflected on, as it was when the reflection began, so a later edit moves nothing under the person.</summary>
    public ReflectionTemplate? Template { get; set; }

    public int Step { get; set; } = ChoosingCase;

    /// <summary>The step the last prompt asked, so a form answering an earlier one is recognised.</summary>
    public StepReference AwaitingStep { get; set; } = ChoosingCaseStep;

    public string? Place { get; set; }

    public Dictionary<int, string> Answers { get; set; } = [];

    public Dictionary<int, int> Ratings { get; set; } = [];

    public Dictionary<int, string> Notes { get; set; } = [];

    public bool Paused { get; set; }

    /// <summary>A reminder time heard as ambiguous, waiting for the person to confirm it.</summary>
    public DateTimeOffset? ReminderToConfirm { get; set; }

    /// <summary>When a stored reminder is due, so continuing early can withdraw it.</summary>
    public DateTimeOffset? ReminderDue { get; set; }

    public string? TimeZoneId { get; set; }
}
