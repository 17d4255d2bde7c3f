using CoproBot.Knowledge.Catalog;

namespace CoproBot.Bot.Discord;

/// <summary>The slash commands offer the cases and features the knowledge holds now, including imported ones.</summary>
public sealed class KnowledgeCommandChoices(KnowledgeCatalog catalog) : ICommandChoices
{
    public IReadOnlyList<CommandChoice> Cases => [.. catalog.Current.Knowledge.Cases.Select(c => new CommandChoice(c.Id, c.Name))];

    public IReadOnlyList<CommandChoice> Features => [.. catalog.Current.Knowledge.Features.Select(f => new CommandChoice(f.Id, f.Title))];
}
