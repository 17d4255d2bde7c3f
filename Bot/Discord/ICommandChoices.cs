using CoproBot.Dialogs.Languages;

namespace CoproBot.Bot.Discord;

/// <summary>The cases and features the slash commands offer; the knowledge base can supply them later.</summary>
public interface ICommandChoices
{
    IReadOnlyList<CommandChoice> Cases { get; }

    IReadOnlyList<CommandChoice> Features { get; }

    /// <summary>The features with the names a person reading <paramref name="language"/> sees; the ids stay the same.</summary>
    IReadOnlyList<CommandChoice> FeaturesIn(Language language);
}

/// <summary>One choice: the id the bot understands and the name people see.</summary>
public sealed record CommandChoice(string Id, string Name);
