using System.Globalization;
using CoproBot.Bot.Discord;
using Microsoft.Bot.Connector;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>The small words every part of the export shares: dates in ISO form (UTC) and channels by name.</summary>
public static class ExportWords
{
    public static string Date(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Channel(string? channelId) => channelId switch
    {
        Channels.Msteams => "Microsoft Teams",
        DiscordAdapter.ChannelId => "Discord",
        Channels.Emulator => "the Bot Framework Emulator",
        Channels.Directline or Channels.Webchat => "Web Chat",
        null or "" => "an unnamed channel",
        _ => channelId,
    };

    public static string YesNo(bool value) => value ? "yes" : "no";
}
