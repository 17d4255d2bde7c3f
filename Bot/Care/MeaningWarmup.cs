using CoproBot.Dialogs.Care;

namespace CoproBot.Bot.Care;

/// <summary>Loads the sentence model and embeds the crisis examples as the host starts, so no person's first message waits for them.</summary>
/// <remarks>It runs beside start-up rather than before it: a message that arrives sooner simply waits for the same load.</remarks>
public sealed partial class MeaningWarmup(CrisisDetector detector, TimeProvider time, ILogger<MeaningWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            var started = time.GetTimestamp();
            detector.Warm();
            _ = detector.Read("warming the sentence model up");
            var elapsed = time.GetElapsedTime(started);
            Warmed(logger, elapsed.TotalMilliseconds);
        },
        stoppingToken);

    [LoggerMessage(EventId = 1060, Level = LogLevel.Information, Message = "The sentence model and the crisis examples are ready after {Milliseconds:F0} ms")]
    private static partial void Warmed(ILogger logger, double milliseconds);
}
