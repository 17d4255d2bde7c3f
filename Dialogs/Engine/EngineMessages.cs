using CoproBot.Dialogs.Languages;
using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Engine;

/// <summary>What the engine itself says to users, in the turn's language.</summary>
public static class EngineMessages
{
    public static string DialogGone(ITurnContext turnContext) => TurnLanguage.Of(turnContext)[Phrase.EngineDialogGone];

    /// <summary>The dialog named by its <see cref="Dialog.TitlePhrase"/> in the turn's language, else by its title or id.</summary>
    public static string Restarted(ITurnContext turnContext, Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var say = TurnLanguage.Of(turnContext);
        return say.Format(Phrase.EngineRestarted, dialog.TitlePhrase is { } phrase ? say[phrase] : dialog.Title ?? dialog.Id);
    }
}
