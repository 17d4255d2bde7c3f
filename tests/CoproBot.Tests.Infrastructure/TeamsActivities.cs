namespace CoproBot.Tests.Infrastructure;

/// <summary>Activity JSON shaped exactly as the Microsoft 365 Agents Playground (and Teams) sends it.</summary>
public static class TeamsActivities
{
    public const string BotId = "00000000-0000-0000-0000-00000000000011";
    public const string BotName = "Test Bot";
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string TeamId = "team-id";

    public static Dictionary<string, object?> Personal(string serviceUrl, string conversationId, string text, string userId = "user-id-0", string userName = "Alex Wilber") =>
        Message(serviceUrl, text, userId, userName, new Dictionary<string, object?>
        {
            ["conversationType"] = "personal",
            ["tenantId"] = TenantId,
            ["id"] = conversationId,
        }, new Dictionary<string, object?> { ["tenant"] = new { id = TenantId } }, mention: false);

    public static Dictionary<string, object?> GroupChat(string serviceUrl, string conversationId, string text, string userId = "user-id-0", string userName = "Alex Wilber", bool mention = true) =>
        Message(serviceUrl, mention ? $"<at>{BotName}</at> {text}" : text, userId, userName, new Dictionary<string, object?>
        {
            ["isGroup"] = true,
            ["conversationType"] = "groupChat",
            ["tenantId"] = TenantId,
            ["id"] = conversationId,
        }, new Dictionary<string, object?> { ["tenant"] = new { id = TenantId } }, mention);

    public static Dictionary<string, object?> Channel(string serviceUrl, string channelId, string text, string userId = "user-id-0", string userName = "Alex Wilber", string? messageId = null) =>
        Message(serviceUrl, $"<at>{BotName}</at> {text}", userId, userName, new Dictionary<string, object?>
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = TenantId,
            ["id"] = $"{channelId};messageid={messageId ?? "1700000000001"}",
        }, new Dictionary<string, object?>
        {
            ["teamsChannelId"] = channelId,
            ["teamsTeamId"] = TeamId,
            ["tenant"] = new { id = TenantId },
            ["team"] = new { id = TeamId },
            ["channel"] = new { id = channelId },
        }, mention: true);

    public static Dictionary<string, object?> InstallationAdd(string serviceUrl, string conversationId) => new()
    {
        ["type"] = "installationUpdate",
        ["action"] = "add",
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new { id = "user-id-0", name = "Alex Wilber" },
        ["recipient"] = new { id = BotId, name = BotName },
        ["conversation"] = new { conversationType = "personal", tenantId = TenantId, id = conversationId },
        ["channelData"] = new { tenant = new { id = TenantId } },
    };

    public static Dictionary<string, object?> MembersAdded(string serviceUrl, string conversationId, string conversationType, params string[] memberIds) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new { id = "user-id-0", name = "Alex Wilber" },
        ["recipient"] = new { id = BotId, name = BotName },
        ["conversation"] = new { isGroup = conversationType != "personal", conversationType, tenantId = TenantId, id = conversationId },
        ["membersAdded"] = memberIds.Select(id => new { id }).ToArray(),
        ["channelData"] = new { eventType = conversationType == "channel" ? "teamMemberAdded" : "memberAdded", tenant = new { id = TenantId }, team = new { id = TeamId } },
    };

    private static Dictionary<string, object?> Message(
        string serviceUrl, string text, string userId, string userName, Dictionary<string, object?> conversation, Dictionary<string, object?> channelData, bool mention)
    {
        var entities = new List<object>();
        if (mention)
        {
            entities.Add(new { type = "mention", mentioned = new { id = BotId, name = BotName }, text = $"<at>{BotName}</at>" });
        }

        entities.Add(new { type = "clientInfo", locale = "en-US", country = "US", platform = "Web", timezone = "UTC" });
        return new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["timestamp"] = "2026-11-29T10:00:00.000Z",
            ["localTimestamp"] = "2026-11-29T10:00:00.000+00:00",
            ["localTimezone"] = "UTC",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new { id = userId, name = userName, aadObjectId = Guid.NewGuid().ToString() },
            ["conversation"] = conversation,
            ["recipient"] = new { id = BotId, name = BotName },
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = "en-US",
            ["entities"] = entities,
            ["channelData"] = channelData,
        };
    }
}
