using CoproBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Reflection;

/// <summary>The meaning of this turn's message, read once per context and kept for the turn, so every part acts on the same reading.</summary>
internal static class TurnMeaning
{
    private const string Key = "CoproBot.Reflection.Meaning";

    public static Meaning Read(ITurnContext turnContext, MeaningReader reader, string text, MessageContext context)
    {
        if (turnContext.TurnState.Get<Reading>(Key) is { } kept && kept.Text == text && kept.Context == context)
        {
            return kept.Meaning;
        }

        var meaning = reader.Read(text, context);
        turnContext.TurnState.Set(Key, new Reading(text, context, meaning));
        return meaning;
    }

    /// <summary>The last meaning read in this turn, or null.</summary>
    public static Meaning? Last(ITurnContext turnContext) => turnContext.TurnState.Get<Reading>(Key)?.Meaning;

    private sealed record Reading(string Text, MessageContext Context, Meaning Meaning);
}
