using System.Threading.Channels;

namespace CoproBot.Tests.Infrastructure;

/// <summary>What a local listener received, in order: wait for the next item, or take all there is now.</summary>
public sealed class Recorded<T>(string what)
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);
    private readonly Channel<T> _items = Channel.CreateUnbounded<T>();

    public ValueTask AddAsync(T item) => _items.Writer.WriteAsync(item);

    /// <summary>The next item, waiting for it if need be.</summary>
    public async Task<T> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultWait);
        try
        {
            return await _items.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The bot sent nothing to {what} in time.");
        }
    }

    /// <summary>Everything already received and not yet taken, without waiting.</summary>
    public List<T> Drain()
    {
        var list = new List<T>();
        while (_items.Reader.TryRead(out var item))
        {
            list.Add(item);
        }

        return list;
    }
}
