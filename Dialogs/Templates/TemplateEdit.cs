namespace CoproBot.Dialogs.Templates;

/// <summary>One change to a template, with the steps it names as the preview numbers them (questions first, from 1).</summary>
public sealed record TemplateEdit(TemplateEditKind Kind, string Text = "", int Step = 0, int To = 0)
{
    /// <summary>The template with this change made; null when the steps it names are not there (or a move would cross kinds).</summary>
    public ReflectionTemplate? ApplyTo(ReflectionTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var questions = template.Questions.ToList();
        var principles = template.Principles.ToList();
        var count = questions.Count + principles.Count;
        if ((Kind is TemplateEditKind.Change or TemplateEditKind.Remove or TemplateEditKind.Move) && (Step < 1 || Step > count))
        {
            return null;
        }

        var (list, index) = Step <= questions.Count ? (questions, Step - 1) : (principles, Step - 1 - questions.Count);
        switch (Kind)
        {
            case TemplateEditKind.Rename:
                return template with { Name = Text.Trim() };
            case TemplateEditKind.AddQuestion:
                questions.Add(Text.Trim());
                break;
            case TemplateEditKind.AddPrinciple:
                principles.Add(Text.Trim());
                break;
            case TemplateEditKind.Change:
                list[index] = Text.Trim();
                break;
            case TemplateEditKind.Remove:
                list.RemoveAt(index);
                break;
            case TemplateEditKind.Move:
                // A question moves among the questions and a principle among the principles: each keeps its kind.
                var target = list == questions ? To - 1 : To - 1 - questions.Count;
                if (To < 1 || To > count || target < 0 || target >= list.Count)
                {
                    return null;
                }

                var moved = list[index];
                list.RemoveAt(index);
                list.Insert(target, moved);
                break;
            default:
                return template;
        }

        return template with { Questions = questions, Principles = principles };
    }
}
