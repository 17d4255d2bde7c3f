using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;
using CoproBot.Knowledge.Catalog;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace CoproBot.Dialogs.Templates;

/// <summary>Where the host hands a message to templates: the steps of making or editing one, and the requests about them.</summary>
/// <remarks>The dialog lives in the person's private conversation state, beside their reflection; a turn saves it once.</remarks>
public sealed class TemplateTurns
{
    /// <summary>Where the making or editing of a template is kept in the person's private conversation state, while it lasts.</summary>
    public const string DialogStateProperty = "TemplateDialogState";

    private readonly PrivateConversationState _state;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly DialogSet _dialogs;
    private readonly TemplateStore _store;
    private readonly KnowledgeCatalog _knowledge;
    private readonly ILogger _logger;

    public TemplateTurns(PrivateConversationState state, TemplateDialog dialog, TemplateStore store, KnowledgeCatalog knowledge, ILogger<TemplateTurns> logger)
    {
        ArgumentNullException.ThrowIfNull(state);
        _state = state;
        _dialogState = state.CreateProperty<DialogState>(DialogStateProperty);
        _dialogs = new DialogSet(_dialogState, logger).Add(dialog);
        _store = store;
        _knowledge = knowledge;
        _logger = logger;
    }

    /// <summary>Handles the message if it is about templates; false lets the rest of the bot have it.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var incoming = IncomingMessage.Of(turnContext);
        text = incoming.AnswersTemplate ? incoming.Text : text ?? string.Empty;

        // Nothing is kept for someone who is not making or editing a template: the dialog's state is read without
        // creating it, and created only for a template command.
        var stored = await _dialogState.GetAsync(turnContext, null!, cancellationToken);
        var command = stored?.DialogStack is { Count: > 0 } ? null : TemplateCommandReader.Read(text);
        if (command is not null && !incoming.AnswersTemplate && command.Kind == TemplateCommandKind.None)
        {
            return false;
        }

        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        bool handled;
        if (dc.ActiveDialog is not null)
        {
            IncomingMessage.Set(turnContext, incoming with { Text = text });
            await dc.ContinueDialogAsync(cancellationToken);
            handled = true;
        }
        else if (incoming.AnswersTemplate)
        {
            await turnContext.SendActivityAsync(TurnLanguage.Of(turnContext)[Phrase.TemplateEndedCard], cancellationToken: cancellationToken);
            handled = true;
        }
        else
        {
            handled = await HandleAsync(turnContext, dc, command!, cancellationToken);
        }

        if (dc.ActiveDialog is null)
        {
            await _dialogState.DeleteAsync(turnContext, cancellationToken);
        }

        await _state.SaveChangesAsync(turnContext, false, cancellationToken);
        return handled;
    }

    private async Task<bool> HandleAsync(ITurnContext turnContext, DialogContext dc, TemplateCommand command, CancellationToken cancellationToken)
    {
        TemplateLog.Command(_logger, command.Kind, turnContext.Activity.ChannelId);
        var say = TurnLanguage.Of(turnContext);
        var places = TemplatePlaces.Of(turnContext);
        var knowledge = _knowledge.Current.Knowledge;
        switch (command.Kind)
        {
            case TemplateCommandKind.New:
                await dc.BeginDialogAsync(TemplateDialog.DialogId, null, cancellationToken);
                return true;
            case TemplateCommandKind.List:
                var drafts = await _store.ListAsync(places.Drafts, cancellationToken);
                var team = places.Team is { } scope
                    ? await _store.ListAsync(scope, cancellationToken)
                    : [.. (await _store.AuthoredAsync(places.Person, cancellationToken)).Where(t => !t.IsDraft)];
                await SayAsync(turnContext, TemplateMessages.List(say, drafts, team, places.Team is not null), cancellationToken);
                return true;
            case TemplateCommandKind.Import:
                await SayAsync(turnContext, await new TemplateImport(_store).ImportAsync(say, places, command.Argument, knowledge, cancellationToken), cancellationToken);
                return true;
        }

        if (await _store.FindAsync(places, command.Argument, cancellationToken) is not { } found)
        {
            await SayAsync(turnContext, say.Format(Phrase.TemplateNotFound, command.Argument), cancellationToken);
            return true;
        }

        switch (command.Kind)
        {
            case TemplateCommandKind.Preview:
                await SayAsync(turnContext, TemplateMessages.Preview(say, found, knowledge) + say.Format(Phrase.TemplatePreviewUse, found.Template.Name), cancellationToken);
                break;
            case TemplateCommandKind.Export:
                var json = TemplateJson.Write(found.Template);
                await turnContext.SendReplyAsync(new Reply(say.Format(Phrase.TemplateExported, found.Template.Name))
                {
                    Markdown = true,
                    Document = new ReplyDocument(found.Template.Name, "json", json) { InMessage = "```json\n" + json + "\n```" },
                }, cancellationToken);
                break;
            case TemplateCommandKind.Edit when found.MayChange(places.Person):
                await dc.BeginDialogAsync(TemplateDialog.DialogId, new TemplateEditStart(found.Scope, found.Template.Id), cancellationToken);
                break;
            case TemplateCommandKind.Delete when found.MayChange(places.Person):
                var deleted = await _store.DeleteAsync(found, cancellationToken);
                await SayAsync(turnContext, say.Format(deleted ? Phrase.TemplateDeleted : Phrase.TemplateChangedMeanwhile, found.Template.Name), cancellationToken);
                break;
            case TemplateCommandKind.Share:
                await SayAsync(turnContext, await ShareAsync(say, places, found, cancellationToken), cancellationToken);
                break;
            default:
                await SayAsync(turnContext, say[Phrase.TemplateNotYours], cancellationToken);
                break;
        }

        return true;
    }

    private async Task<string> ShareAsync(Language say, TemplatePlaces places, StoredTemplate found, CancellationToken cancellationToken)
    {
        if (places.Team is not { } team)
        {
            return say[Phrase.TemplateShareInTeam];
        }

        if (found.Scope == team)
        {
            return say.Format(Phrase.TemplateAlreadyShared, found.Template.Name);
        }

        if (!found.IsDraft || !found.MayChange(places.Person))
        {
            return say[Phrase.TemplateShareDraftsOnly];
        }

        var shared = await _store.ShareAsync(found, team, _knowledge.Current.Knowledge, cancellationToken);
        return shared.Succeeded ? say.Format(Phrase.TemplateSharedNow, found.Template.Name)
            : shared.Conflict ? say.Format(Phrase.TemplateChangedMeanwhile, found.Template.Name)
            : shared.Check.Say(say);
    }

    private static Task<Microsoft.Bot.Schema.ResourceResponse> SayAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendReplyAsync(new Reply(text) { Markdown = true }, cancellationToken);
}
