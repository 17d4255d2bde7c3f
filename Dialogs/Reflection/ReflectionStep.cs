namespace CoproBot.Dialogs.Reflection;

/// <summary>One thing a reflection asks: the place, a guiding question, a principle's rating or its note.</summary>
/// <param name="Kind">What is asked.</param>
/// <param name="Index">The question's or principle's position, from 0; 0 for the place.</param>
public sealed record ReflectionStep(StepKind Kind, int Index)
{
    /// <summary>Machine-readable and stable, for cards that send it back with the answer.</summary>
    public string Id => Kind switch
    {
        StepKind.Place => "place",
        StepKind.Question => $"question-{Index + 1}",
        StepKind.Rating => $"principle-{Index + 1}",
        _ => $"principle-{Index + 1}-note",
    };
}
