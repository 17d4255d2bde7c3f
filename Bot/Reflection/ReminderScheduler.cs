using CoproBot.Bot.Conversation;
using CoproBot.Bot.Hosting;
using CoproBot.Bot.Proactive;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Reminders;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Reflection;

/// <summary>Sends each due reminder once, as a proactive turn that resumes the person's reflection where it paused.</summary>
/// <remarks>
/// Reminders live in the store, so they survive restarts and are seen by every instance; each is claimed before it
/// is sent (see <see cref="ReminderBook"/>), so only one instance sends it. A reminder carries no message to read a
/// language from: it is written in the language the person chose, else the one they were spoken to in when they asked.
/// </remarks>
public sealed class ReminderScheduler(
    ReminderBook reminders,
    ProactiveMessenger messenger,
    ReflectionTurns reflections,
    LanguageChoice languages,
    TimeProvider time,
    IOptions<ReflectionOptions> options,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    /// <summary>Sends the reminders that are due now; returns how many this instance sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var due in await reminders.DueAsync(time.GetUtcNow(), cancellationToken))
        {
            if (!await reminders.ClaimAsync(due, cancellationToken))
            {
                continue;
            }

            var reminder = due.Reminder;
            try
            {
                var reached = await messenger.ContinueAsync(
                    reminder.ChannelId,
                    reminder.ConversationId,
                    reminder.UserId,
                    (turnContext, ct) => ResumeAsync(turnContext, reminder, ct),
                    cancellationToken);
                if (reached)
                {
                    sent++;
                    ReflectionLog.ReminderSent(logger, reminder.ChannelId);
                }
                else
                {
                    ReflectionLog.ReminderUnreachable(logger, reminder.ChannelId);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Claimed already: sending it again later could send it twice, so it is dropped and logged.
                ReflectionLog.ReminderFailed(logger, e, reminder.ChannelId);
            }
        }

        return sent;
    }

    private async Task ResumeAsync(ITurnContext turnContext, Reminder reminder, CancellationToken cancellationToken)
    {
        var chosen = await languages.ChosenAsync(turnContext, cancellationToken);
        TurnLanguage.Set(turnContext, chosen ?? Language.ForLocale(reminder.Language) ?? TurnLanguage.Of(turnContext), chosen is not null);
        await reflections.ResumeFromReminderAsync(turnContext, reminder, cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(TimeSpan.FromSeconds(options.Value.ReminderCheckSeconds), time, SendDueAsync, e => ReflectionLog.SweepFailed(logger, e), stoppingToken);
}
