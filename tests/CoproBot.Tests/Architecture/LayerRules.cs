using System.Reflection;
using CoproBot.Bot.Conversation;
using CoproBot.Dialogs.Engine;
using CoproBot.Knowledge.Catalog;
using CoproBot.Storage.Tables;

namespace CoproBot.Tests.Architecture;

/// <summary>The layering the projects promise (see docs/architecture.md), as rules a build can check.</summary>
public static class LayerRules
{
    /// <summary>Where each rule's deliberate violation lives in this test assembly, one namespace per rule.</summary>
    public const string ViolationsNamespace = "CoproBot.Tests.Architecture.Violations";

    public static readonly Assembly Bot = typeof(CoproActivityHandler).Assembly;
    public static readonly Assembly Dialogs = typeof(DialogContext).Assembly;
    public static readonly Assembly Knowledge = typeof(KnowledgeCatalog).Assembly;
    public static readonly Assembly Storage = typeof(ITableStore).Assembly;

    public static readonly IReadOnlyList<Assembly> Product = [Bot, Dialogs, Knowledge, Storage];

    private static readonly string[] TeamsTypes = ["CoproBot.Bot.Teams", "Microsoft.Bot.Builder.Teams", "Microsoft.Bot.Schema.Teams", "Microsoft.Bot.Connector.Teams"];
    private static readonly string[] DiscordTypes = ["CoproBot.Bot.Discord", "NSec"];

    /// <summary>The conversations built on the dialog engine, and the bot's parts that serve them.</summary>
    private static readonly string[] Features =
    [
        "CoproBot.Dialogs.Reflection", "CoproBot.Dialogs.Group", "CoproBot.Dialogs.Care", "CoproBot.Dialogs.Reminders", "CoproBot.Dialogs.Understanding",
        "CoproBot.Bot.Conversation", "CoproBot.Bot.Care", "CoproBot.Bot.Group", "CoproBot.Bot.Privacy", "CoproBot.Bot.Reflection", "CoproBot.Bot.KnowledgeBase",
    ];

    public static readonly IReadOnlyList<LayerRule> All =
    [
        new("CoreIsFreeOfWebAndChannels", ["CoproBot.Knowledge", "CoproBot.Dialogs", "CoproBot.Storage"], ["Microsoft.AspNetCore", "CoproBot.Bot", .. TeamsTypes, .. DiscordTypes]),
        new("KnowledgeAndStorageAreFreeOfBotFramework", ["CoproBot.Knowledge", "CoproBot.Storage"], ["Microsoft.Bot", "CoproBot.Dialogs"]),
        new("TeamsDoesNotUseDiscord", ["CoproBot.Bot.Teams"], DiscordTypes),
        new("DiscordDoesNotUseTeams", ["CoproBot.Bot.Discord"], TeamsTypes),
        new("FeaturesDoNotUseChannels", Features, [.. TeamsTypes, .. DiscordTypes, "CoproBot.Bot.Chat"]),
        new("EngineIsFreeOfFeatures", ["CoproBot.Dialogs.Engine", "CoproBot.Dialogs.Prompts"], ["CoproBot.Dialogs.Reflection", "CoproBot.Dialogs.Group", "CoproBot.Dialogs.Care", "CoproBot.Dialogs.Reminders"]),
    ];

    public static TheoryData<string> Names => [.. All.Select(rule => rule.Name)];

    public static LayerRule Named(string name) => All.Single(rule => rule.Name == name);

    /// <summary>The same rule, aimed at its deliberate violation in this test assembly.</summary>
    public static LayerRule AtViolation(LayerRule rule) =>
        rule with { Subjects = [$"{ViolationsNamespace}.{rule.Name}"] };
}
