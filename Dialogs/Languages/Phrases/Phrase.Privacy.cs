namespace CoproBot.Dialogs.Languages;

public readonly partial struct Phrase
{
    // A person's own data: "my data", "forget me"
    public static readonly Phrase PrivacyForgotten = new(nameof(PrivacyForgotten));
    public static readonly Phrase PrivacyKeptEverything = new(nameof(PrivacyKeptEverything));
    public static readonly Phrase PrivacyAskInPersonalChat = new(nameof(PrivacyAskInPersonalChat));
    public static readonly Phrase PrivacyConfirmYes = new(nameof(PrivacyConfirmYes));
    public static readonly Phrase PrivacyConfirmNo = new(nameof(PrivacyConfirmNo));
    public static readonly Phrase PrivacyConfirmForget = new(nameof(PrivacyConfirmForget));
    public static readonly Phrase PrivacyExpired = new(nameof(PrivacyExpired));
    public static readonly Phrase PrivacyNothingKept = new(nameof(PrivacyNothingKept));
    public static readonly Phrase PrivacyHeresWhat = new(nameof(PrivacyHeresWhat));
    public static readonly Phrase PrivacyItem = new(nameof(PrivacyItem));
    public static readonly Phrase PrivacySessionsLed = new(nameof(PrivacySessionsLed));
    public static readonly Phrase PrivacyLanguage = new(nameof(PrivacyLanguage));
    public static readonly Phrase PrivacyFooter = new(nameof(PrivacyFooter));
    public static readonly Phrase PrivacyTableBotState = new(nameof(PrivacyTableBotState));
    public static readonly Phrase PrivacyTableReferences = new(nameof(PrivacyTableReferences));
    public static readonly Phrase PrivacyTableWelcomes = new(nameof(PrivacyTableWelcomes));
    public static readonly Phrase PrivacyTablePending = new(nameof(PrivacyTablePending));
    public static readonly Phrase PrivacyTableContributions = new(nameof(PrivacyTableContributions));
    public static readonly Phrase PrivacyTableParticipants = new(nameof(PrivacyTableParticipants));
    public static readonly Phrase PrivacyTableParked = new(nameof(PrivacyTableParked));
    public static readonly Phrase PrivacyTableOwned = new(nameof(PrivacyTableOwned));
    public static readonly Phrase PrivacyTableReflections = new(nameof(PrivacyTableReflections));
    public static readonly Phrase PrivacyTableReminders = new(nameof(PrivacyTableReminders));
    public static readonly Phrase PrivacyTableDue = new(nameof(PrivacyTableDue));
}
