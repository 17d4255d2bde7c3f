namespace CoproBot.Bot.Observability;

/// <summary>The peers CoproBot calls, as they appear in the <c>peer</c> tag of outgoing-call metrics.</summary>
public static class OutgoingPeers
{
    /// <summary>The Bot Connector (Teams and the other Bot Framework channels) and its token service.</summary>
    public const string Connector = "connector";

    public const string Discord = "discord";
}
