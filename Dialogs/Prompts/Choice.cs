namespace CoproBot.Dialogs.Prompts;

/// <summary>One option the user can pick, with other words that mean it.</summary>
public sealed record Choice(string Value)
{
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    public static Choice Of(string value, params string[] synonyms) => new(value) { Synonyms = synonyms };
}
