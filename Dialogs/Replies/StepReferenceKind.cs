namespace CoproBot.Dialogs.Replies;

/// <summary>What a step that waits for an answer is: which part of a reflection, or a group session's step.</summary>
public enum StepReferenceKind
{
    /// <summary>Choosing the case to reflect on.</summary>
    Case,

    /// <summary>Where the person works, which the questions are adapted to.</summary>
    Place,

    /// <summary>A guiding question of the case.</summary>
    Question,

    /// <summary>A principle's 1–5 rating.</summary>
    Rating,

    /// <summary>A note on a principle's rating.</summary>
    Note,

    /// <summary>Whether to end a reflection.</summary>
    ConfirmCancel,

    /// <summary>A step of a group session, counted from its first question.</summary>
    GroupStep,

    /// <summary>A step of making or editing a team's template (see <c>Templates/TemplateSteps</c>).</summary>
    Template,
}
