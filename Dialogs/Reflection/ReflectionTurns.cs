using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reminders;
using CoproBot.Dialogs.Replies;
using CoproBot.Dialogs.Templates;
using CoproBot.Dialogs.Understanding;
using CoproBot.Knowledge.Catalog;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Where the host hands a message to reflections: start one, continue, pause or resume one, or show past ones.</summary>
/// <remarks>
/// Each person's reflection lives in Bot Framework's private conversation state (per conversation and person), so in a
/// group every member has their own. A turn reads that state once and writes it at most once. The host checks every
/// message for crisis before it comes here (and calls <see cref="PauseForCareAsync"/>), card answers included.
/// </remarks>
public sealed class ReflectionTurns
{
    private readonly PrivateConversationState _state;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly DialogSet _dialogs;
    private readonly ReflectionDialog _dialog;
    private readonly ReflectionLibrary _library;
    private readonly ReflectionPauses _pauses;
    private readonly KnowledgeCatalog _knowledge;
    private readonly MeaningReader _reader;
    private readonly TemplateStore _templates;
    private readonly ILogger _logger;

    public ReflectionTurns(
        PrivateConversationState state, ReflectionDialog dialog, ReflectionArchive archive, ReminderBook reminders, KnowledgeCatalog knowledge, TimeProvider time, MeaningReader reader, TemplateStore templates, ILogger<ReflectionTurns> logger)
    {
        ArgumentNullException.ThrowIfNull(state);
        _state = state;
        _dialogState = state.CreateProperty<DialogState>("ReflectionDialogState");
        _dialogs = new DialogSet(_dialogState, logger).Add(dialog);
        _dialog = dialog;
        _library = new ReflectionLibrary(archive);
        _pauses = new ReflectionPauses(reminders, time, reader, logger);
        _knowledge = knowledge;
        _reader = reader;
        _templates = templates;
        _logger = logger;
    }

    /// <summary>Handles the message if it belongs to reflections; false lets the rest of the bot have it.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var incoming = IncomingMessage.Of(turnContext);
        var card = incoming.AnswersReflection ? incoming : null;
        text = card?.Text ?? text ?? string.Empty;
        var progress = ReflectionState.Progress(await _dialogState.GetAsync(turnContext, null!, cancellationToken));
        var handled = progress is null
            ? await OutsideAsync(turnContext, text, card, cancellationToken)
            : await WithinAsync(turnContext, text, card, progress, cancellationToken);
        await _state.SaveChangesAsync(turnContext, false, cancellationToken);
        return handled;
    }

    /// <summary>For a message that speaks of crisis: pauses the person's reflection, if any, without keeping the message.</summary>
    public async Task<bool> PauseForCareAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (ReflectionState.Progress(await _dialogState.GetAsync(turnContext, null!, cancellationToken)) is not { } progress)
        {
            return false;
        }

        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        progress.Paused = true;
        ReflectionState.Save(dc.State, progress);
        await _state.SaveChangesAsync(turnContext, false, cancellationToken);
        ReflectionDialogLog.PausedForCare(_logger, turnContext.Activity.ChannelId);
        return true;
    }

    /// <summary>Runs in a proactive turn when a reminder is due: resumes the person's paused reflection and asks where it left off.</summary>
    public async Task<bool> ResumeFromReminderAsync(ITurnContext turnContext, Reminder reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(reminder);

        // Private state is keyed by the person: the turn is started as the reminder's person (see ReminderScheduler).
        var progress = ReflectionState.Progress(await _dialogState.GetAsync(turnContext, null!, cancellationToken));
        if (progress is not { Paused: true })
        {
            return false;
        }

        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        progress.Paused = false;
        progress.ReminderDue = null;
        ReflectionState.Save(dc.State, progress);
        ReflectionDialogLog.ResumedByReminder(_logger, turnContext.Activity.ChannelId);

        // Saved before anything is sent, so an answer the person sends straight back finds the reflection resumed.
        await _state.SaveChangesAsync(turnContext, false, cancellationToken);
        await turnContext.SendActivityAsync(TurnLanguage.Of(turnContext).Format(Phrase.ReflectionReminderDue, CaseName(turnContext, progress)), cancellationToken: cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
        await _state.SaveChangesAsync(turnContext, false, cancellationToken);
        return true;
    }

    private async Task<bool> OutsideAsync(ITurnContext turnContext, string text, IncomingMessage? card, CancellationToken cancellationToken)
    {
        var meaning = TurnMeaning.Read(turnContext, _reader, text, new MessageContext(Awaiting.Nothing, Locale: turnContext.Activity.Locale));
        if (meaning.Kind == MeaningKind.StartReflection)
        {
            var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
            await dc.BeginDialogAsync(ReflectionDialog.DialogId, await StartOfAsync(turnContext, meaning.Argument, cancellationToken), cancellationToken);
            return true;
        }

        if (ReflectionLibrary.Asks(meaning))
        {
            await _library.AnswerAsync(turnContext, meaning, cancellationToken);
            return true;
        }

        if (card is not null)
        {
            await turnContext.SendActivityAsync(TurnLanguage.Of(turnContext)[Phrase.ReflectionEndedCard], cancellationToken: cancellationToken);
            return true;
        }

        return false;
    }

    private async Task<bool> WithinAsync(ITurnContext turnContext, string text, IncomingMessage? card, ReflectionProgress progress, CancellationToken cancellationToken)
    {
        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);

        if (await _pauses.TryConfirmReminderAsync(dc, progress, CaseName(turnContext, progress), text, cancellationToken))
        {
            return true;
        }

        var meaning = TurnMeaning.Read(turnContext, _reader, text, ReflectionContext.For(_dialog.Plan(progress), progress, turnContext.Activity.Locale));
        if (ReflectionLibrary.Asks(meaning))
        {
            await _library.AnswerAsync(turnContext, meaning, cancellationToken);
            if (!progress.Paused)
            {
                await dc.RepromptDialogAsync(cancellationToken);
            }

            return true;
        }

        if (await _pauses.TryPauseAsync(dc, progress, CaseName(turnContext, progress), meaning, cancellationToken))
        {
            return true;
        }

        if (progress.Paused)
        {
            return await _pauses.WhilePausedAsync(dc, progress, _dialog.Plan(progress), meaning, text, card is not null, cancellationToken);
        }

        if (card?.Step is { } step && step != progress.AwaitingStep)
        {
            ReflectionDialogLog.StaleCard(_logger, step, progress.AwaitingStep);
            await turnContext.SendActivityAsync(TurnLanguage.Of(turnContext)[Phrase.ReflectionStaleCard], cancellationToken: cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return true;
        }

        if (meaning.Kind == MeaningKind.StartReflection)
        {
            await turnContext.SendActivityAsync(TurnLanguage.Of(turnContext).Format(Phrase.ReflectionAlreadyReflecting, CaseName(turnContext, progress)), cancellationToken: cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return true;
        }

        // The prompts read the turn's message: a card's answer, or the words without the @mention.
        IncomingMessage.Set(turnContext, IncomingMessage.Of(turnContext) with { Text = text });
        await dc.ContinueDialogAsync(cancellationToken);
        return true;
    }

    // A case named exactly stays the case ("reflect on ESTHER"); then a template of the team's or the person's by its
    // name; then the knowledge's reading of the words, as before templates.
    private async Task<ReflectionStart> StartOfAsync(ITurnContext turnContext, string? words, CancellationToken cancellationToken)
    {
        if (CaseFinder.Named(_knowledge.Current, words) is { } named)
        {
            return new ReflectionStart(named);
        }

        if (!string.IsNullOrWhiteSpace(words) && await _templates.FindAsync(TemplatePlaces.Of(turnContext), words, cancellationToken) is { } found)
        {
            return new ReflectionStart(null, found.Template);
        }

        return new ReflectionStart(CaseFinder.Find(_knowledge.Current, words));
    }

    private string CaseName(ITurnContext turnContext, ReflectionProgress progress) =>
        _dialog.Plan(progress)?.Name ?? TurnLanguage.Of(turnContext)[Phrase.ReflectionSomeCase];
}
