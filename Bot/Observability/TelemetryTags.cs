namespace CoproBot.Bot.Observability;

/// <summary>The tag names and values on CoproBot's spans and metrics; the runbook's alert queries use them.</summary>
public static class TelemetryTags
{
    public const string Channel = "channel";
    public const string ActivityType = "activity.type";
    public const string Outcome = "outcome";
    public const string ConversationId = "conversation.id";
    public const string Operation = "operation";
    public const string Table = "table";
    public const string Peer = "peer";
    public const string StatusCode = "http.response.status_code";

    public const string Ok = "ok";
    public const string Error = "error";
    public const string Conflict = "conflict";
    public const string NotFound = "not_found";
}
