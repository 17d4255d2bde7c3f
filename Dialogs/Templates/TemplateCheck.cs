using CoproBot.Dialogs.Languages;

namespace CoproBot.Dialogs.Templates;

/// <summary>The first thing wrong with a template, with what the person needs to put it right.</summary>
/// <param name="Problem">What is wrong; <see cref="TemplateProblem.None"/> when nothing is.</param>
/// <param name="Step">The step at fault, counted from 1 as the preview numbers them; 0 when it is not one step's.</param>
/// <param name="Length">The length or count that is too large.</param>
public sealed record TemplateCheck(TemplateProblem Problem, int Step = 0, int Length = 0)
{
    public static TemplateCheck Fine { get; } = new(TemplateProblem.None);

    public bool IsFine => Problem == TemplateProblem.None;

    /// <summary>The problem in the person's language.</summary>
    public string Say(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return Problem switch
        {
            TemplateProblem.NoName => say[Phrase.TemplateNoName],
            TemplateProblem.NameTooLong => say.Format(Phrase.TemplateNameTooLong, TemplateRules.MaxNameLength, Length),
            TemplateProblem.NameIsACase => say[Phrase.TemplateNameIsACase],
            TemplateProblem.DuplicateName => say[Phrase.TemplateDuplicateName],
            TemplateProblem.NoSteps => say[Phrase.TemplateNoSteps],
            TemplateProblem.TooManySteps => say.Format(Phrase.TemplateTooManySteps, TemplateRules.MaxSteps, Length),
            TemplateProblem.StepTooLong => say.Format(Phrase.TemplateStepTooLong, Step, TemplateRules.MaxStepLength, Length),
            TemplateProblem.EmptyStep => say.Format(Phrase.TemplateEmptyStep, Step),
            _ => string.Empty,
        };
    }
}
