using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Builds the channel-neutral buttons prompts offer; channel layers render them as cards or components.</summary>
internal static class SuggestedAction
{
    public static CardAction ImBack(string title) => new(ActionTypes.ImBack, title, value: title);
}
