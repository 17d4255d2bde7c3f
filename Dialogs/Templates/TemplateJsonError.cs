namespace CoproBot.Dialogs.Templates;

/// <summary>Why pasted or attached JSON is no template; each is said in plain words.</summary>
public enum TemplateJsonError
{
    None,
    Empty,
    TooLarge,
    NotJson,
    NotATemplate,
    UnknownVersion,
    MissingField,
}
