using CoproBot.Dialogs.Languages;
using CoproBot.Knowledge.Catalog;

namespace CoproBot.Bot.Discord;

/// <summary>The slash commands offer the cases and features the knowledge holds now, including imported ones.</summary>
/// <remarks>Cases go by their own names in every language; a feature's title is the knowledge's rendering in the person's language, where there is one.</remarks>
public sealed class KnowledgeCommandChoices(KnowledgeCatalog catalog) : ICommandChoices
{
    public IReadOnlyList<CommandChoice> Cases => [.. catalog.Current.Knowledge.Cases.Select(c => new CommandChoice(c.Id, c.Name))];

    public IReadOnlyList<CommandChoice> Features => [.. catalog.Current.Knowledge.Features.Select(f => new CommandChoice(f.Id, f.Title))];

    public IReadOnlyList<CommandChoice> FeaturesIn(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var current = catalog.Current;
        var translation = current.Translations.GetValueOrDefault(language.Code)?.Translation;
        return [.. current.Knowledge.Features.Select(f => new CommandChoice(f.Id, translation?.FeatureTitle(f.Id) ?? f.Title))];
    }
}
