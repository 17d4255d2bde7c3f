using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Discord;

/// <summary>Reads a translated interaction into the turn's message: a modal submit is a form, naming the step its modal asked.</summary>
public static class DiscordIncoming
{
    public static IncomingMessage Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var typed = IncomingMessage.Plain(activity);

        // InteractionTranslator puts a modal's custom_id and fields in the value; commands and buttons are said aloud.
        return activity.Value is JObject value && value[InteractionTranslator.FieldsKey] is JObject
            ? typed with { FromForm = true, Step = ModalBuilder.StepOf((string?)value[InteractionTranslator.CustomIdKey]) }
            : typed;
    }
}
