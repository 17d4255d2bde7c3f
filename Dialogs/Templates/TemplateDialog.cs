using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Prompts;
using CoproBot.Dialogs.Replies;
using CoproBot.Dialogs.Understanding;
using CoproBot.Knowledge.Catalog;

namespace CoproBot.Dialogs.Templates;

/// <summary>Making a template (name, the case it builds on, its questions, its principles) and editing one, step by step.</summary>
/// <remarks>
/// Each answer is checked where it is given and asked again kindly when it breaks a rule. Every prompt names its step,
/// so Teams shows it as a card with an answer box and Discord as a modal. An edit is saved only if the template still
/// has the ETag it had when it was shown, so two facilitators editing at once never lose an edit silently.
/// </remarks>
public sealed class TemplateDialog : ComponentDialog
{
    public const string DialogId = "template";
    private const string NewFlow = "template-new";
    private const string EditFlow = "template-edit";
    private const string NamePrompt = "template-name";
    private const string CasePrompt = "template-case";
    private const string LinesPrompt = "template-lines";
    private const string EditPrompt = "template-change";
    private const string RouteId = "template-route";

    private readonly MeaningReader _reader;

    public TemplateDialog(TemplateStore store, KnowledgeCatalog knowledge, MeaningReader reader)
        : base(DialogId)
    {
        _reader = reader;
        TitlePhrase = Phrase.TemplateTitle;
        var making = new TemplateMaking(store, knowledge);
        AddDialog(new WaterfallDialog(NewFlow, [TemplateMaking.AskNameAsync, making.AskCaseAsync, making.AskQuestionsAsync, making.AskPrinciplesAsync, making.SaveAsync]));
        var editing = new TemplateEditing(store, knowledge);
        AddDialog(new WaterfallDialog(EditFlow, [editing.ShowAsync, editing.ApplyAsync]));
        AddDialog(new TextPrompt(NamePrompt, making.NameIsFineAsync));
        AddDialog(new ChoicePrompt(CasePrompt));
        AddDialog(new TextPrompt(LinesPrompt, making.LinesAreFineAsync));
        AddDialog(new TextPrompt(EditPrompt, TemplateEditing.UnderstoodAsync));
        AddDialog(new Route());
        InitialDialogId = RouteId;
    }

    internal static string NewFlowId => NewFlow;

    internal static string EditFlowId => EditFlow;

    internal static string NamePromptId => NamePrompt;

    internal static string CasePromptId => CasePrompt;

    internal static string LinesPromptId => LinesPrompt;

    internal static string EditPromptId => EditPrompt;

    /// <summary>What a step asks, as a reply channels render: a card with an answer box on Teams, a modal on Discord.</summary>
    internal static Reply Asking(string text, StepReference step, string label, IReadOnlyList<ReplyChoice>? choices = null) =>
        new(text)
        {
            Markdown = true,
            Input = new InputRequest(choices is { Count: > 0 } ? AnswerKind.Choice : AnswerKind.FreeText, step) { Now = true, Label = label, Placeholder = label },
            Choices = choices ?? [],
        };

    protected override async Task<Interruption> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var context = innerDc.Context;
        var text = IncomingMessage.Of(context).Text;

        // Free words are the template's own, so only a certain "cancel" or "help" (the whole message) steers.
        var meaning = _reader.ReadCertain(text, new MessageContext(Awaiting.Question, Locale: context.Activity.Locale));
        var say = TurnLanguage.Of(context);
        switch (meaning?.Kind)
        {
            case MeaningKind.Cancel:
                await context.SendActivityAsync(say[Phrase.TemplateCancelled], cancellationToken: cancellationToken);
                return Interruption.CancelAll;
            case MeaningKind.Help:
                await context.SendActivityAsync(say[Phrase.TemplateHelp], cancellationToken: cancellationToken);
                return Interruption.RepeatPrompt;
            default:
                return Interruption.None;
        }
    }

    // The component begins with making a template, or with editing one when it is started with the template to edit.
    private sealed class Route() : Dialog(RouteId)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(dc);
            return dc.ReplaceDialogAsync(options is TemplateEditStart ? EditFlow : NewFlow, options, cancellationToken);
        }
    }
}
