namespace CoproBot.Storage.Tables;

/// <summary>Raised when a value is larger than every store can hold; nothing is written.</summary>
public sealed class ValueTooLargeException : Exception
{
    public ValueTooLargeException()
    {
    }

    public ValueTooLargeException(string message)
        : base(message)
    {
    }

    public ValueTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static ValueTooLargeException For(string table, int length) =>
        new($"A value of {length:N0} characters cannot be stored in '{table}': the limit is {ITableStore.MaxValueLength:N0}.");
}
