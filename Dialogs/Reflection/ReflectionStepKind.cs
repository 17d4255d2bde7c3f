namespace CoproBot.Dialogs.Reflection;

/// <summary>The kinds of step a reflection is made of.</summary>
public enum ReflectionStepKind
{
    Place,
    Question,
    Rating,
    Note,
}
