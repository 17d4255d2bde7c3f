namespace CoproBot.Dialogs.Languages;

public readonly partial struct Phrase
{
    // Teams: the answer box and its button on a question's card.
    public static readonly Phrase TeamsAnswerPlaceholder = new(nameof(TeamsAnswerPlaceholder));
    public static readonly Phrase TeamsSend = new(nameof(TeamsSend));
}
