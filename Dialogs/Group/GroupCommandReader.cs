using CoproBot.Dialogs.Understanding;

namespace CoproBot.Dialogs.Group;

/// <summary>What a message in a group conversation asks of the session, as the meaning reader reads it; everything else is a contribution.</summary>
public sealed class GroupCommandReader(MeaningReader reader)
{
    /// <summary>Words after "mode" that name no mode and run longer than this are a sentence, not a request for a mode.</summary>
    private const int LongestUnknownMode = 3;

    public GroupCommand Read(string text, string? locale = null)
    {
        var meaning = reader.Read(text, new MessageContext(Awaiting.Group, Locale: locale));
        var command = new GroupCommand(KindOf(meaning.Kind), meaning.Argument ?? string.Empty);

        // "mode banana" is a mode asked for and not known, so it is asked again; "Mode of transport is a barrier for
        // families" is someone's contribution that happens to start with the word.
        return command.Kind == GroupCommandKind.Mode && ModeReader.Read(command.Argument, locale) is null
            && MessageWords.Split(command.Argument).Count > LongestUnknownMode
            ? new GroupCommand(GroupCommandKind.None)
            : command;
    }

    /// <summary>A 1–5 rating read as a reflection reads one ("4", "four", "4/5", "mostly", "somewhere in the middle"), or null.</summary>
    public int? Rating(string text, string? locale = null) =>
        reader.Read(text, new MessageContext(Awaiting.Rating, Locale: locale)) is { Kind: MeaningKind.Rating, Rating: { } rating } ? rating : null;

    /// <summary>A question put to CoproBot rather than to the group ("? …", "ask CoproBot …"), or null.</summary>
    public string? QuestionForCoproBot(string text, string? locale = null) =>
        reader.Read(text, new MessageContext(Awaiting.Group, Locale: locale)) is { Kind: MeaningKind.KnowledgeQuestion, Argument: { Length: > 0 } question } ? question : null;

    /// <summary>
    /// A message of one word, such as "balance", "équilibre" or "participation": a request when whoever steers sends it,
    /// since steering is their part, but from anyone else as likely an answer to the question as a request.
    /// </summary>
    public static bool IsOneWord(string text) => MessageWords.Split(text).Count == 1;

    private static GroupCommandKind KindOf(MeaningKind kind) => kind switch
    {
        MeaningKind.GroupStart => GroupCommandKind.Start,
        MeaningKind.HandOver => GroupCommandKind.HandOver,
        MeaningKind.Join => GroupCommandKind.Join,
        MeaningKind.Next => GroupCommandKind.Next,
        MeaningKind.Reveal => GroupCommandKind.Reveal,
        MeaningKind.Reopen => GroupCommandKind.Reopen,
        MeaningKind.Mode => GroupCommandKind.Mode,
        MeaningKind.End => GroupCommandKind.End,
        MeaningKind.Pass => GroupCommandKind.Pass,
        MeaningKind.ParkingLot => GroupCommandKind.ParkingLot,
        MeaningKind.Own => GroupCommandKind.Own,
        MeaningKind.Park => GroupCommandKind.Park,
        MeaningKind.Withdraw => GroupCommandKind.Withdraw,
        MeaningKind.ExportMarkdown => GroupCommandKind.ExportMarkdown,
        MeaningKind.ExportCsv => GroupCommandKind.ExportCsv,
        MeaningKind.WhereAmI => GroupCommandKind.Status,
        MeaningKind.Contribute => GroupCommandKind.Contribute,
        MeaningKind.Help => GroupCommandKind.Help,
        MeaningKind.Participation => GroupCommandKind.Participation,
        _ => GroupCommandKind.None,
    };
}
