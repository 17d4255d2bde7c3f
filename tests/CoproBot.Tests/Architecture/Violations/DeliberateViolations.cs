// Each type here breaks one architecture rule on purpose, so the rule's test can show that the rule sees it.
// They are never used. The namespace of each names the rule it breaks.
#pragma warning disable CA1812, IDE0051
namespace CoproBot.Tests.Architecture.Violations.CoreIsFreeOfWebAndChannels
{
    internal sealed class UsesAspNetCore
    {
        public static Microsoft.AspNetCore.Http.HttpContext? Context { get; set; }
    }
}

namespace CoproBot.Tests.Architecture.Violations.KnowledgeAndStorageAreFreeOfBotFramework
{
    internal sealed class UsesBotFramework
    {
        public static Microsoft.Bot.Builder.ITurnContext? Turn { get; set; }
    }
}

namespace CoproBot.Tests.Architecture.Violations.TeamsDoesNotUseDiscord
{
    internal sealed class UsesDiscord
    {
        public static string Channel => CoproBot.Bot.Discord.DiscordAdapter.ChannelId;

        public static CoproBot.Bot.Discord.DiscordOptions? Options { get; set; }
    }
}

namespace CoproBot.Tests.Architecture.Violations.DiscordDoesNotUseTeams
{
    internal sealed class UsesTeams
    {
        public static Microsoft.Bot.Schema.Teams.TeamsChannelData? Data { get; set; }
    }
}

namespace CoproBot.Tests.Architecture.Violations.FeaturesDoNotUseChannels
{
    internal sealed class UsesAChannel
    {
        public static Microsoft.Bot.Builder.Teams.TeamsActivityHandler? Handler { get; set; }
    }
}

namespace CoproBot.Tests.Architecture.Violations.EngineIsFreeOfFeatures
{
    internal sealed class UsesAFeature
    {
        public static CoproBot.Dialogs.Reflection.ReflectionOptions? Options { get; set; }
    }
}
#pragma warning restore CA1812, IDE0051
