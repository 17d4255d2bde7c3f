using CoproBot.Dialogs.Understanding;
using CoproBot.Knowledge.Model;

namespace CoproBot.Dialogs.Templates;

/// <summary>Checks a template against <see cref="TemplateRules"/>, and its name against the cases and the team's other templates.</summary>
public static class TemplateValidator
{
    /// <summary>The first problem of the template itself; the name's uniqueness is the store's to check.</summary>
    public static TemplateCheck Check(ReflectionTemplate template, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(template);
        var name = CheckName(template.Name, knowledge);
        if (!name.IsFine)
        {
            return name;
        }

        return CheckSteps([.. template.Questions, .. template.Principles]);
    }

    public static TemplateCheck CheckName(string? name, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return new TemplateCheck(TemplateProblem.NoName);
        }

        if (trimmed.Length > TemplateRules.MaxNameLength)
        {
            return new TemplateCheck(TemplateProblem.NameTooLong, Length: trimmed.Length);
        }

        // "reflect on ESTHER" must always mean the case, so no template may take a case's name, alias or number.
        return NamesACase(trimmed, knowledge) ? new TemplateCheck(TemplateProblem.NameIsACase) : TemplateCheck.Fine;
    }

    /// <summary>Checks the steps in the order the preview numbers them: questions first, then principles.</summary>
    public static TemplateCheck CheckSteps(IReadOnlyList<string> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0)
        {
            return new TemplateCheck(TemplateProblem.NoSteps);
        }

        if (steps.Count > TemplateRules.MaxSteps)
        {
            return new TemplateCheck(TemplateProblem.TooManySteps, Length: steps.Count);
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var length = steps[i]?.Trim().Length ?? 0;
            if (length == 0)
            {
                return new TemplateCheck(TemplateProblem.EmptyStep, i + 1);
            }

            if (steps[i].Length > TemplateRules.MaxStepLength)
            {
                return new TemplateCheck(TemplateProblem.StepTooLong, i + 1, steps[i].Length);
            }
        }

        return TemplateCheck.Fine;
    }

    /// <summary>The same name for every purpose: case, spacing and punctuation aside, so "Ward  check!" is "ward check".</summary>
    public static string Key(string name) => MessageWords.Joined(MessageWords.Split(name));

    private static bool NamesACase(string name, KnowledgeBase knowledge)
    {
        var key = Key(name);
        return knowledge.Cases.Any(c =>
            key == Key(c.Name) || key == Key(c.Id) || key == $"case {c.Number}"
            || key == c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || c.Aliases.Any(a => Key(a) == key));
    }
}
