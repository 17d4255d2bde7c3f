using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Prompts;
using CoproBot.Dialogs.Reminders;
using CoproBot.Dialogs.Replies;
using CoproBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace CoproBot.Dialogs.Reflection;

/// <summary>"pause", "pause, remind me tomorrow at 10am", "let's continue on Monday": pausing, and reminders on the person's own clock.</summary>
internal sealed class ReflectionPauses(ReminderBook reminders, TimeProvider time, MeaningReader reader, ILogger logger)
{
    private readonly DateTimePrompt _times = new("reflection-reminder-time", time);

    /// <summary>Handles the answer to "shall I remind you…?"; false for anything else, which is then read as usual.</summary>
    public async Task<bool> TryConfirmReminderAsync(DialogContext dc, ReflectionProgress progress, string caseName, string text, CancellationToken cancellationToken)
    {
        if (progress.ReminderToConfirm is not { } pending)
        {
            return false;
        }

        var turnContext = dc.Context;
        progress.ReminderToConfirm = null;
        ReflectionState.Save(dc.State, progress);
        switch (reader.Read(text, new MessageContext(Awaiting.Confirmation, Locale: turnContext.Activity.Locale)).Kind)
        {
            case MeaningKind.Yes:
                await RemindAsync(dc, progress, caseName, pending, Zone(turnContext, progress), cancellationToken);
                return true;
            case MeaningKind.No:
                await turnContext.SendActivityAsync(TurnLanguage.Of(turnContext)[Phrase.ReflectionNotNow], cancellationToken: cancellationToken);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Pauses for "pause", "let's continue on Monday" or "bye" mid-reflection, and sets a reminder for a time given then
    /// or while paused ("not yet, remind me after lunch"); false for anything else.
    /// </summary>
    public async Task<bool> TryPauseAsync(DialogContext dc, ReflectionProgress progress, string caseName, Meaning meaning, CancellationToken cancellationToken)
    {
        var pauses = progress.Paused
            ? meaning.Kind is MeaningKind.NotNow or MeaningKind.Pause && meaning.When is not null
            : meaning.Kind is MeaningKind.Pause or MeaningKind.Goodbye;
        if (!pauses)
        {
            return false;
        }

        var turnContext = dc.Context;
        var when = meaning.When;
        progress.Paused = true;
        ReflectionState.Save(dc.State, progress);
        var zone = Zone(turnContext, progress);
        var heard = when is null ? null : _times.Read(turnContext, when, zone);
        var say = TurnLanguage.Of(turnContext);
        if (heard is null)
        {
            ReflectionDialogLog.Paused(logger, turnContext.Activity.ChannelId, withReminder: false);
            await turnContext.SendActivityAsync(say.Format(Phrase.ReflectionPaused, caseName), cancellationToken: cancellationToken);
        }
        else if (heard.Utc <= time.GetUtcNow())
        {
            await turnContext.SendActivityAsync(say.Format(Phrase.ReflectionTimeHasPassed, ReflectionMessages.When(say, heard.Local)), cancellationToken: cancellationToken);
        }
        else if (heard.IsAmbiguous)
        {
            // "at 10" could be morning or evening: the earliest reading is offered, and only a yes stores it.
            progress.ReminderToConfirm = heard.Utc;
            ReflectionState.Save(dc.State, progress);
            await turnContext.SendActivityAsync(
                MessageFactory.SuggestedActions([say[Phrase.ReflectionYes], say[Phrase.ReflectionNo]], say.Format(Phrase.ReflectionConfirmReminder, ReflectionMessages.When(say, heard.Local), zone.Id), ssml: null, inputHint: null, toList: null),
                cancellationToken);
        }
        else
        {
            await RemindAsync(dc, progress, caseName, heard.Utc, zone, cancellationToken);
        }

        return true;
    }

    /// <summary>A message while paused: "I'm back" resumes, "cancel" resumes to ask whether to end, "not yet" keeps it
    /// paused; false for anything else, which the rest of the bot answers as usual (questions about the cases, thanks).</summary>
    public async Task<bool> WhilePausedAsync(DialogContext dc, ReflectionProgress progress, ReflectionPlan? plan, Meaning meaning, string text, bool fromCard, CancellationToken cancellationToken)
    {
        var turnContext = dc.Context;
        var say = TurnLanguage.Of(turnContext);
        var caseName = plan?.Name ?? say[Phrase.ReflectionSomeCase];
        if (meaning.Kind is MeaningKind.Resume or MeaningKind.Cancel)
        {
            await ResumeAsync(dc, progress, cancellationToken);
            if (meaning.Kind == MeaningKind.Cancel)
            {
                // The reflection's own confirmation asks whether to end it.
                IncomingMessage.Set(turnContext, IncomingMessage.Of(turnContext) with { Text = text });
                await dc.ContinueDialogAsync(cancellationToken);
                return true;
            }

            await turnContext.SendActivityAsync(say[Phrase.ReflectionWelcomeBack], cancellationToken: cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return true;
        }

        var reply = meaning.Kind switch
        {
            MeaningKind.NotNow => say[Phrase.ReflectionStaysPaused],
            MeaningKind.Pause or MeaningKind.Goodbye => say[Phrase.ReflectionStopForToday],
            MeaningKind.WhereAmI when plan is not null => ReflectionMessages.WhereAmI(say, plan, progress) + " " + say[Phrase.ReflectionStillPaused],
            MeaningKind.StartReflection => say.Format(Phrase.ReflectionPausedReflection, caseName),
            _ when fromCard => say[Phrase.ReflectionStillPaused],
            _ => null,
        };
        if (reply is null)
        {
            return false;
        }

        await turnContext.SendActivityAsync(reply, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>Takes the reflection off pause and withdraws a reminder that is no longer needed.</summary>
    public async Task ResumeAsync(DialogContext dc, ReflectionProgress progress, CancellationToken cancellationToken)
    {
        if (progress.ReminderDue is not null)
        {
            var activity = dc.Context.Activity;
            await reminders.WithdrawAsync(activity.ChannelId, activity.Conversation.Id, activity.From.Id, cancellationToken);
        }

        progress.Paused = false;
        progress.ReminderDue = null;
        progress.ReminderToConfirm = null;
        ReflectionState.Save(dc.State, progress);
    }

    private async Task RemindAsync(DialogContext dc, ReflectionProgress progress, string caseName, DateTimeOffset due, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        var say = TurnLanguage.Of(dc.Context);
        await reminders.SetAsync(new Reminder(activity.ChannelId, activity.Conversation.Id, activity.From.Id, due, zone.Id, caseName, say.Code), cancellationToken);
        progress.Paused = true;
        progress.ReminderDue = due;
        progress.TimeZoneId = zone.Id;
        ReflectionState.Save(dc.State, progress);
        ReflectionDialogLog.Paused(logger, activity.ChannelId, withReminder: true);
        await dc.Context.SendActivityAsync(say.Format(Phrase.ReflectionReminderSet, caseName, ReflectionMessages.When(say, TimeZoneInfo.ConvertTime(due, zone)), zone.Id), cancellationToken: cancellationToken);
    }

    private static TimeZoneInfo Zone(ITurnContext turnContext, ReflectionProgress progress) =>
        UserTimeZone.Resolve(turnContext.Activity, progress.TimeZoneId);
}
