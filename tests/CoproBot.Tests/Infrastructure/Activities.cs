namespace CoproBot.Tests.Infrastructure;

/// <summary>Activity JSON as channels send it: plain objects, so tests post exactly what a channel would.</summary>
public static class Activities
{
    public static Dictionary<string, object?> Message(string serviceUrl, string conversationId, string text, string userId = "user-1", string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-29T10:00:00.000Z",
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new { id = userId, name = "Test User" },
        ["conversation"] = new { id = conversationId },
        ["recipient"] = new { id = "coprobot", name = "CoproBot" },
        ["text"] = text,
        ["locale"] = "en-GB",
    };

    public static Dictionary<string, object?> BotAdded(string serviceUrl, string conversationId) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new { id = "user-1", name = "Test User" },
        ["conversation"] = new { id = conversationId },
        ["recipient"] = new { id = "coprobot", name = "CoproBot" },
        ["membersAdded"] = new[] { new { id = "coprobot", name = "CoproBot" }, new { id = "user-1", name = "Test User" } },
    };
}
