using CoproBot.Storage.Privacy;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Dialogs.Templates;

/// <summary>Where a person's templates can be found in this conversation: their own drafts, and the team's shared ones.</summary>
/// <param name="Person">The person's key in the personal-data index.</param>
/// <param name="Team">
/// The team the conversation belongs to: a Teams team (its channels share one), a Teams group chat, or a Discord guild;
/// null in a personal chat, which belongs to no team.
/// </param>
public sealed record TemplatePlaces(string Person, string? Team)
{
    public const string DraftPrefix = "draft|";

    /// <summary>The partition of the person's drafts, which are theirs alone until they share one.</summary>
    public string Drafts => DraftsOf(Person);

    public static string DraftsOf(string person) => DraftPrefix + person;

    public static TemplatePlaces Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return new TemplatePlaces(PersonalDataIndex.PersonKey(activity.ChannelId, activity.From?.Id ?? string.Empty), TeamOf(activity));
    }

    private static string? TeamOf(Activity activity)
    {
        object? channelData = activity.ChannelData;
        var data = channelData as JObject ?? (channelData is null ? null : JObject.FromObject(channelData));
        if (data?.SelectToken("team.id")?.ToString() is { Length: > 0 } team)
        {
            return "team|" + activity.ChannelId + "|" + team;
        }

        if (data?["guildId"]?.ToString() is { Length: > 0 } guild)
        {
            return "guild|" + activity.ChannelId + "|" + guild;
        }

        // A group chat (or any group conversation without a team) is its own team; a Teams thread's message id is not part of it.
        if (activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "groupChat" or "channel")
        {
            var id = activity.Conversation.Id;
            var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
            return "chat|" + activity.ChannelId + "|" + (thread >= 0 ? id[..thread] : id);
        }

        return null;
    }
}
