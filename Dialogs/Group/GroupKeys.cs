using System.Globalization;
using CoproBot.Storage.Tables;

namespace CoproBot.Dialogs.Group;

/// <summary>Row keys that every instance computes alike, so the same thing can be stored only once, whoever writes it first.</summary>
public static class GroupKeys
{
    /// <summary>The key of a person's n-th contribution of words to a step: the same for whoever writes it, so it can be taken once.</summary>
    public static string ContributionSlot(int step, string userId, int slot) =>
        string.Create(CultureInfo.InvariantCulture, $"s{step:D3}-{Hash(userId)}-{slot:D3}");

    /// <summary>
    /// The key of what one message gave at a step (a rating, a pass): the same message delivered to two instances,
    /// or sent again, makes the same key, and the second insert finds it taken.
    /// </summary>
    public static string OfMessage(int step, string userId, string activityId) =>
        string.Create(CultureInfo.InvariantCulture, $"s{step:D3}-{Hash(userId)}-m{Hash(activityId)}");

    /// <summary>The key of a topic parked by one message, for the same reason.</summary>
    public static string OfMessage(string activityId) => "m" + Hash(activityId);

    // Hashed, so a key holds neither a person's id nor a channel's message id as it is.
    private static string Hash(string value) => ShortHash.Of(value);
}
