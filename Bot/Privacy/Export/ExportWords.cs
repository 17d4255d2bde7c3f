using System.Globalization;
using CoproBot.Bot.Discord;
using CoproBot.Dialogs.Languages;
using Microsoft.Bot.Connector;

namespace CoproBot.Bot.Privacy.Export;

/// <summary>The small words every part of the export shares: dates in ISO form (UTC) and channels by name.</summary>
public static class ExportWords
{
    // ISO 8601 in every language: a date the person can read and a program can parse alike.
    private const string IsoDate = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Date(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString(IsoDate, CultureInfo.InvariantCulture);

    public static string Channel(Language say, string? channelId) => channelId switch
    {
        Channels.Msteams => "Microsoft Teams",
        DiscordAdapter.ChannelId => "Discord",
        Channels.Emulator => say[Phrase.ExportEmulator],
        Channels.Directline or Channels.Webchat => "Web Chat",
        null or "" => say[Phrase.ExportUnnamedChannel],
        _ => channelId,
    };

    /// <summary>Where a record was kept: the channel by name and the conversation's id.</summary>
    public static string Where(Language say, string? channelId, string? conversationId) =>
        say.Format(Phrase.ExportWhereValue, Channel(say, channelId), conversationId);

    public static string YesNo(Language say, bool value) => say[value ? Phrase.ExportYes : Phrase.ExportNo];
}
