namespace CoproBot.Dialogs.Prompts;

/// <summary>Prompt options for dates and times, with the user's saved time zone when the bot knows it.</summary>
public sealed class DateTimePromptOptions : PromptOptions
{
    /// <summary>An IANA or Windows id ("Europe/London"); wins over what the activity says.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>For plans and reminders: "Monday" means next Monday and "10am" the next 10am.</summary>
    public bool PreferFuture { get; init; } = true;
}
