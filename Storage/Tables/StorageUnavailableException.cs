namespace CoproBot.Storage.Tables;

/// <summary>The store could not be reached or did not answer in time, after its bounded retries; nothing was changed.</summary>
/// <remarks>Callers tell people their last words were not saved and to try again, rather than resetting anything.</remarks>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
