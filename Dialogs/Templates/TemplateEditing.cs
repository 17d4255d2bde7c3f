using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Prompts;
using CoproBot.Knowledge.Catalog;
using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Templates;

/// <summary>The steps of "edit template …": show it numbered, take one change, save it with the ETag shown, and show it again until "done".</summary>
internal sealed class TemplateEditing(TemplateStore store, KnowledgeCatalog knowledge)
{
    private const string ETagKey = "etag";

    public async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var start = step.GetOptions<TemplateEditStart>()!;
        var say = TurnLanguage.Of(step.Context);
        if (await store.GetAsync(start.Scope, start.Id, cancellationToken) is not { } stored)
        {
            await step.Context.SendActivityAsync(say[Phrase.TemplateGone], cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // The version shown is the one an edit must still find: a change made meanwhile by someone else is never overwritten.
        step.Values.Set(ETagKey, stored.ETag);
        var text = TemplateMessages.Preview(say, stored, knowledge.Current.Knowledge) + say[Phrase.TemplateEditHow];
        return await step.PromptAsync(TemplateDialog.EditPromptId, new PromptOptions
        {
            Asked = TemplateDialog.Asking(text, TemplateSteps.Edit, say[Phrase.TemplateEditLabel]),
            MaxAttempts = 0,
        }, cancellationToken);
    }

    public async Task<DialogTurnResult> ApplyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var start = step.GetOptions<TemplateEditStart>()!;
        var say = TurnLanguage.Of(step.Context);
        var edit = TemplateEditReader.Read(step.Result as string);
        if (edit.Kind == TemplateEditKind.Done)
        {
            await step.Context.SendActivityAsync(say[Phrase.TemplateEditDone], cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (await store.GetAsync(start.Scope, start.Id, cancellationToken) is not { } stored)
        {
            await step.Context.SendActivityAsync(say[Phrase.TemplateGone], cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (!stored.MayChange(TemplatePlaces.Of(step.Context).Person))
        {
            await step.Context.SendActivityAsync(say[Phrase.TemplateNotYours], cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var shown = stored with { ETag = step.Values.Get<string>(ETagKey) ?? stored.ETag };
        var message = await SaveAsync(shown, edit, say, cancellationToken);
        await step.Context.SendActivityAsync(message, cancellationToken: cancellationToken);
        return await step.ReplaceDialogAsync(TemplateDialog.EditFlowId, start, cancellationToken);
    }

    /// <summary>An answer the edit understands; anything else is met with the ways to change it.</summary>
    public static async Task<bool> UnderstoodAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (TemplateEditReader.Read(prompt.Recognized.Value).Kind != TemplateEditKind.Unknown)
        {
            return true;
        }

        await prompt.ReplyAsync(MessageFactory.Text(TurnLanguage.Of(prompt.Context)[Phrase.TemplateEditNotUnderstood]), cancellationToken);
        return false;
    }

    private async Task<string> SaveAsync(StoredTemplate shown, TemplateEdit edit, Language say, CancellationToken cancellationToken)
    {
        if (edit.ApplyTo(shown.Template) is not { } edited)
        {
            return say.Format(Phrase.TemplateNoSuchStep, shown.Template.StepCount);
        }

        var saved = await store.ReplaceAsync(shown, edited, knowledge.Current.Knowledge, cancellationToken);
        return saved switch
        {
            { Succeeded: true } => say[Phrase.TemplateEditSaved],
            { Conflict: true } => say[Phrase.TemplateChangedMeanwhile],
            _ => saved.Check.Say(say) + say[Phrase.TemplateEditNotSaved],
        };
    }
}
