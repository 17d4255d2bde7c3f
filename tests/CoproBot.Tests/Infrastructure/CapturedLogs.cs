using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoproBot.Tests.Infrastructure;

/// <summary>Every log line the bot writes, at every level, as "Level Category: message exception" with its event id.</summary>
public sealed class CapturedLogs
{
    private readonly ConcurrentQueue<CapturedLine> _lines = new();
    private readonly List<(Func<CapturedLine, bool> Match, TaskCompletionSource<CapturedLine> Found)> _waiters = [];

    public IReadOnlyCollection<CapturedLine> Lines => _lines;

    /// <summary>The first line with this event id, waiting for it if need be; fails after the timeout.</summary>
    public Task<CapturedLine> WaitForEventAsync(int eventId, TimeSpan? timeout = null)
    {
        var found = new TaskCompletionSource<CapturedLine>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            if (_lines.FirstOrDefault(line => line.EventId == eventId) is { } line)
            {
                return Task.FromResult(line);
            }

            _waiters.Add((line => line.EventId == eventId, found));
        }

        return found.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
    }

    private void Add(CapturedLine line)
    {
        lock (_waiters)
        {
            _lines.Enqueue(line);
            foreach (var waiter in _waiters.Where(waiter => waiter.Match(line)).ToList())
            {
                waiter.Found.TrySetResult(line);
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Adds the capture to a bot's services, at Trace, next to its own loggers.</summary>
    public void AddTo(IServiceCollection services) =>
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new Provider(this)));

    private sealed class Provider(CapturedLogs logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(logs, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Add(new CapturedLine(logLevel, eventId.Id, $"{logLevel} {category}: {formatter(state, exception)} {exception}"));
    }
}

public sealed record CapturedLine(LogLevel Level, int EventId, string Text);
