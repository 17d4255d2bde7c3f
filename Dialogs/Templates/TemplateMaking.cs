using System.Globalization;
using System.Text;
using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Prompts;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Replies;
using CoproBot.Knowledge.Catalog;
using Microsoft.Bot.Builder;

namespace CoproBot.Dialogs.Templates;

/// <summary>The steps of "new template": its name, the case it builds on, its questions, its principles, then the draft saved and shown.</summary>
internal sealed class TemplateMaking(TemplateStore store, KnowledgeCatalog knowledge)
{
    private const string NameKey = "name";
    private const string CaseKey = "case";
    private const string QuestionsKey = "questions";

    public static async Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // Asked again from its questions after a rule was broken: the name and case are known already.
        if (step.GetOptions<TemplateStart>() is { Name: { } name } start)
        {
            step.Values.Set(NameKey, name);
            step.Values.Set(CaseKey, start.CaseId);
            return await step.NextAsync(null, cancellationToken);
        }

        var say = TurnLanguage.Of(step.Context);
        return await step.PromptAsync(TemplateDialog.NamePromptId, new PromptOptions
        {
            Asked = TemplateDialog.Asking(say[Phrase.TemplateAskName], TemplateSteps.Name, say[Phrase.TemplateNameLabel]),
        }, cancellationToken);
    }

    public async Task<DialogTurnResult> AskCaseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string name)
        {
            step.Values.Set(NameKey, name.Trim());
        }
        else if (step.GetOptions<TemplateStart>() is { Name: not null })
        {
            return await step.NextAsync(null, cancellationToken);
        }
        else
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var say = TurnLanguage.Of(step.Context);
        var cases = knowledge.Current.Knowledge.Cases;
        var choices = cases.Select(c => Choice.Of(c.Name, [$"case {c.Number}", .. c.Aliases])).Append(Choice.Of(say[Phrase.TemplateNoCase], [.. Language.All.Select(l => l[Phrase.TemplateNoCase])])).ToList();
        var buttons = choices.Select(c => ReplyChoice.Of(c.Value)).ToList();
        return await step.PromptAsync(TemplateDialog.CasePromptId, new PromptOptions
        {
            Asked = TemplateDialog.Asking(say[Phrase.TemplateAskCase], TemplateSteps.Case, say[Phrase.TemplateCaseLabel], buttons),
            AskedAgain = TemplateDialog.Asking(say[Phrase.TemplateAskCaseAgain], TemplateSteps.Case, say[Phrase.TemplateCaseLabel], buttons),
            Choices = choices,
        }, cancellationToken);
    }

    public async Task<DialogTurnResult> AskQuestionsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var cases = knowledge.Current.Knowledge.Cases;
        if (step.Result is FoundChoice choice)
        {
            step.Values.Set(CaseKey, cases.ElementAtOrDefault(choice.Index)?.Id);
        }
        else if (step.Result is TooManyAttempts)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var say = TurnLanguage.Of(step.Context);
        var caseId = step.Values.Get<string>(CaseKey);
        var text = new StringBuilder(say.Format(Phrase.TemplateAskQuestions, TemplateRules.MaxSteps, TemplateRules.MaxStepLength));
        if (caseId is not null)
        {
            text.Append(say.Format(Phrase.TemplateCaseOffers, knowledge.Current.Knowledge.Case(caseId).Name));
            AppendNumbered(text, ReflectionPlan.CaseLines(knowledge.Current.Knowledge, caseId, ReflectionPlan.QuestionsFeature));
            text.Append(say[Phrase.TemplateKeepOrWrite]);
        }

        return await step.PromptAsync(TemplateDialog.LinesPromptId, new PromptOptions
        {
            Asked = TemplateDialog.Asking(text.ToString(), TemplateSteps.Questions, say[Phrase.TemplateQuestionsLabel]),
        }, cancellationToken);
    }

    public async Task<DialogTurnResult> AskPrinciplesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string written)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var current = knowledge.Current.Knowledge;
        var caseId = step.Values.Get<string>(CaseKey);
        var questions = TemplateLines.Read(written) ?? (caseId is null ? [] : ReflectionPlan.CaseLines(current, caseId, ReflectionPlan.QuestionsFeature));
        step.Values.Set(QuestionsKey, questions);
        var say = TurnLanguage.Of(step.Context);
        var text = new StringBuilder(say.Format(Phrase.TemplateAskPrinciples, TemplateRules.MaxSteps - questions.Count));
        var numbered = TemplateLines.CasePrinciples(current);
        for (var i = 0; i < numbered.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {numbered[i].Principle} ({numbered[i].CaseName})\n");
        }

        text.Append(caseId is null ? say[Phrase.TemplatePrinciplesHow] : say.Format(Phrase.TemplatePrinciplesHowWithCase, current.Case(caseId).Name));
        return await step.PromptAsync(TemplateDialog.LinesPromptId, new PromptOptions
        {
            Asked = TemplateDialog.Asking(text.ToString(), TemplateSteps.Principles, say[Phrase.TemplatePrinciplesLabel]),
        }, cancellationToken);
    }

    public async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string written)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var current = knowledge.Current.Knowledge;
        var caseId = step.Values.Get<string>(CaseKey);
        var principles = TemplateLines.Read(written, TemplateLines.CasePrinciples(current))
            ?? (caseId is null ? [] : ReflectionPlan.CaseLines(current, caseId, ReflectionPlan.PrinciplesFeature));
        var name = step.Values.Get<string>(NameKey) ?? string.Empty;
        var template = new ReflectionTemplate
        {
            Id = store.NewId(),
            Name = name,
            BasedOn = caseId,
            Questions = step.Values.Get<List<string>>(QuestionsKey) ?? [],
            Principles = principles,
        };
        var say = TurnLanguage.Of(step.Context);
        var saved = await store.CreateAsync(TemplatePlaces.Of(step.Context).Person, template, current, cancellationToken);
        if (saved.Saved is { } draft)
        {
            var reply = MessageFactory.Text(TemplateMessages.Preview(say, draft, current) + say.Format(Phrase.TemplateSavedDraft, draft.Template.Name));
            reply.TextFormat = "markdown";
            await step.Context.SendActivityAsync(reply, cancellationToken);
            return await step.EndDialogAsync(draft.Template.Id, cancellationToken);
        }

        // Too many steps altogether, or a step that breaks a rule: the questions are asked again, the name and case kept.
        await step.Context.SendActivityAsync(saved.Check.Say(say) + say[Phrase.TemplateAskedAgain], cancellationToken: cancellationToken);
        return saved.Check.Problem is TemplateProblem.DuplicateName or TemplateProblem.NoName or TemplateProblem.NameIsACase or TemplateProblem.NameTooLong
            ? await step.ReplaceDialogAsync(TemplateDialog.NewFlowId, new TemplateStart(), cancellationToken)
            : await step.ReplaceDialogAsync(TemplateDialog.NewFlowId, new TemplateStart(name, caseId, caseId is not null), cancellationToken);
    }

    /// <summary>A name that keeps the rules and is not among the person's drafts; otherwise says why and asks again.</summary>
    public async Task<bool> NameIsFineAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var current = knowledge.Current.Knowledge;
        var check = TemplateValidator.CheckName(prompt.Recognized.Value, current);
        if (check.IsFine)
        {
            var key = TemplateValidator.Key(prompt.Recognized.Value!);
            var drafts = await store.ListAsync(TemplatePlaces.Of(prompt.Context).Drafts, cancellationToken);
            check = drafts.Any(t => TemplateValidator.Key(t.Template.Name) == key) ? new TemplateCheck(TemplateProblem.DuplicateName) : check;
        }

        if (!check.IsFine)
        {
            await prompt.ReplyAsync(MessageFactory.Text(check.Say(TurnLanguage.Of(prompt.Context)) + TurnLanguage.Of(prompt.Context)[Phrase.TemplateTryAnotherName]), cancellationToken);
        }

        return check.IsFine;
    }

    /// <summary>Questions or principles whose every line keeps the rules; otherwise says which line breaks which and asks again.</summary>
    public async Task<bool> LinesAreFineAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        // Numbers choose the cases' principles only where principles are asked; in questions they are words like any other.
        var numbered = prompt.Options.Asked?.Input?.Step == TemplateSteps.Principles ? TemplateLines.CasePrinciples(knowledge.Current.Knowledge) : null;
        var lines = TemplateLines.Read(prompt.Recognized.Value, numbered);
        if (lines is null or { Count: 0 })
        {
            return true;
        }

        var check = TemplateValidator.CheckSteps(lines);
        if (!check.IsFine)
        {
            await prompt.ReplyAsync(MessageFactory.Text(check.Say(TurnLanguage.Of(prompt.Context)) + TurnLanguage.Of(prompt.Context)[Phrase.TemplateWriteAgain]), cancellationToken);
        }

        return check.IsFine;
    }

    private static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(TurnLanguage.Of(step.Context)[Phrase.TemplateGaveUp], cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static void AppendNumbered(StringBuilder text, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {lines[i]}\n");
        }
    }
}
