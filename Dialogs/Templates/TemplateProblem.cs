namespace CoproBot.Dialogs.Templates;

/// <summary>Why a template cannot be kept as it is; each is said to the person in plain words.</summary>
public enum TemplateProblem
{
    None,
    NoName,
    NameTooLong,
    NameIsACase,
    DuplicateName,
    NoSteps,
    TooManySteps,
    StepTooLong,
    EmptyStep,
}
