namespace CoproBot.Bot.State;

/// <summary>Raised by <see cref="TableBotStorage"/> when an item was changed since it was read.</summary>
public sealed class ETagConflictException : Exception
{
    public ETagConflictException()
    {
    }

    public ETagConflictException(string message)
        : base(message)
    {
    }

    public ETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
