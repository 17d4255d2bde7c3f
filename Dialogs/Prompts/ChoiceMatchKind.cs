namespace CoproBot.Dialogs.Prompts;

/// <summary>How an answer was matched to a choice, strongest first.</summary>
public enum ChoiceMatchKind
{
    Exact,
    Synonym,
    Ordinal,
    Contained,
    Partial,
    Typo,
}
