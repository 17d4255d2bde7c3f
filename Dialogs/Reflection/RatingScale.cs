using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;

namespace CoproBot.Dialogs.Reflection;

/// <summary>The 1–5 scale the principles are rated on, as it is shown; the words people rate with are read by the meaning reader.</summary>
public static class RatingScale
{
    /// <summary>One button per point of the scale and one to skip, so a rating is a press away on every channel.</summary>
    /// <remarks>The skip button sends "skip", which every language's vocabulary reads.</remarks>
    public static IReadOnlyList<ReplyChoice> Choices(Language say)
    {
        ArgumentNullException.ThrowIfNull(say);
        return
        [
            .. Enumerable.Range(1, 5).Select(n => ReplyChoice.Of(n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            new ReplyChoice(say[Phrase.ChoiceSkip], "skip"),
        ];
    }
}
