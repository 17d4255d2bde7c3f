namespace CoproBot.Dialogs.Languages;

public readonly partial struct Phrase
{
    // The conversation: welcome, help, small talk, the language choice
    public static readonly Phrase ConversationWelcome = new(nameof(ConversationWelcome));
    public static readonly Phrase ConversationHelp = new(nameof(ConversationHelp));
    public static readonly Phrase ConversationYoureWelcome = new(nameof(ConversationYoureWelcome));
    public static readonly Phrase ConversationGoodbye = new(nameof(ConversationGoodbye));
    public static readonly Phrase LanguageChosen = new(nameof(LanguageChosen));

    // The dialog engine
    public static readonly Phrase EngineDialogGone = new(nameof(EngineDialogGone));
    public static readonly Phrase EngineRestarted = new(nameof(EngineRestarted));

    // What a person is told when a turn fails or comes too fast.
    public static readonly Phrase TurnErrorApology = new(nameof(TurnErrorApology));
    public static readonly Phrase TurnErrorNotSaved = new(nameof(TurnErrorNotSaved));
    public static readonly Phrase RateLimitPerson = new(nameof(RateLimitPerson));
    public static readonly Phrase RateLimitConversation = new(nameof(RateLimitConversation));
}
