using CoproBot.Dialogs.Understanding;

namespace CoproBot.Dialogs.Group;

/// <summary>What a message in a group conversation asks of the session, as the meaning reader reads it; everything else is a contribution.</summary>
public sealed class GroupCommandReader(MeaningReader reader)
{
    public GroupCommand Read(string text, string? locale = null)
    {
        var meaning = reader.Read(text, new MessageContext(Awaiting.Group, Locale: locale));
        return new GroupCommand(KindOf(meaning.Kind), meaning.Argument ?? string.Empty);
    }

    /// <summary>A 1–5 rating read as a reflection reads one ("4", "four", "4/5", "mostly", "somewhere in the middle"), or null.</summary>
    public int? Rating(string text, string? locale = null) =>
        reader.Read(text, new MessageContext(Awaiting.Rating, Locale: locale)) is { Kind: MeaningKind.Rating, Rating: { } rating } ? rating : null;

    /// <summary>A question put to CoproBot rather than to the group ("? …", "ask CoproBot …"), or null.</summary>
    public string? QuestionForCoproBot(string text, string? locale = null) =>
        reader.Read(text, new MessageContext(Awaiting.Group, Locale: locale)) is { Kind: MeaningKind.KnowledgeQuestion, Argument: { Length: > 0 } question } ? question : null;

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
