namespace CoproBot.Dialogs.Templates;

/// <summary>The limits every template keeps, whoever wrote it and however it arrived (typed, a card, a modal, imported).</summary>
public static class TemplateRules
{
    /// <summary>Guiding questions and principles together.</summary>
    public const int MaxSteps = 20;

    public const int MaxStepLength = 500;

    public const int MaxNameLength = 80;
}
