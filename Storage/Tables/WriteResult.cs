namespace CoproBot.Storage.Tables;

/// <summary>The outcome of a write: done (with the new ETag), a conflict, or nothing to act on.</summary>
public readonly record struct WriteResult(WriteStatus Status, string? ETag = null)
{
    public static WriteResult Conflict { get; } = new(WriteStatus.Conflict);

    public static WriteResult NotFound { get; } = new(WriteStatus.NotFound);

    public bool Succeeded => Status == WriteStatus.Ok;

    public static WriteResult Ok(string etag) => new(WriteStatus.Ok, etag);
}

public enum WriteStatus
{
    Ok,
    Conflict,
    NotFound,
}
