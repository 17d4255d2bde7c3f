using CoproBot.Dialogs.Replies;

namespace CoproBot.Dialogs.Reflection;

/// <summary>The 1–5 scale the principles are rated on, as it is shown; the words people rate with are read by the meaning reader.</summary>
public static class RatingScale
{
    public static string Legend => "1 not at all, 2 a little, 3 somewhat, 4 mostly, 5 fully";

    /// <summary>One button per point of the scale and one to skip, so a rating is a press away on every channel.</summary>
    public static IReadOnlyList<ReplyChoice> Choices { get; } =
    [
        .. Enumerable.Range(1, 5).Select(n => ReplyChoice.Of(n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        new ReplyChoice("Skip", "skip"),
    ];
}
