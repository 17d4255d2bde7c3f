using CoproBot.Dialogs.Languages;
using CoproBot.Tests.Infrastructure;
using CoproBot.Tests.Reflection;

namespace CoproBot.Tests.Eval;

/// <summary>
/// Puts a real reflection, through /api/messages, in a row's context, sends the row's text and names the meaning the
/// bot acted on from what it did: the replies, and for an answer, a rating or a note what it kept (seen by going back).
/// </summary>
internal sealed class ConversationPhraseProbe(BotHost host)
{
    private const string Q1 = "Question 1 of 3: What is best for, or important to, Esther?";
    private const string Q2 = "Question 2 of 3: Who needs to cooperate to fulfill this?";
    private const string Q3 = "Question 3 of 3: What do we need to improve?";
    private const string CmhaQuestion = "Question 1 of 1:";
    private const string FirstPrinciple = "Principle 1 of 4: how well does your work reflect 'Rooted in mental health recovery principles'?";
    private const string SecondPrinciple = "Principle 2 of 4:";
    private int _conversations;

    public async Task<string> ActedOnAsync(ConversationPhrase row)
    {
        var conversation = $"eval-{Interlocked.Increment(ref _conversations)}";
        Task<List<string>> Say(string text) => host.SayAsync(conversation, text);

        // The probe reads what the bot did from its English replies; a chosen language is kept whatever the words'
        // language, so French phrasings are acted on exactly as before and answered in English here.
        Expect(await Say("english"), Language.English[Phrase.LanguageChosen]);
        switch (row.Context)
        {
            case "question":
                await Say("reflect on ESTHER");
                Expect(await Say("An answer to the first question"), Q2);
                return await AtQuestionAsync(await Say(row.Text), row.Text, Say);
            case "rating":
                await Say("reflect on CMHA");
                Expect(await Say("skip"), FirstPrinciple);
                return await AtRatingAsync(await Say(row.Text), Say);
            case "note":
                await Say("reflect on CMHA");
                await Say("skip");
                Expect(await Say("3"), "Any note on 'Rooted in mental health recovery principles'?");
                return await AtNoteAsync(await Say(row.Text), row.Text, Say);
            case "paused":
                await Say("reflect on ESTHER");
                Expect(await Say("pause"), "I've paused your reflection on ESTHER");
                return WhilePaused(await Say(row.Text));
            case "any":
                return Anywhere(await Say(row.Text));
            default:
                throw new InvalidOperationException($"Line {row.Line}: unknown context '{row.Context}'.");
        }
    }

    private static async Task<string> AtQuestionAsync(List<string> replies, string text, Func<string, Task<List<string>>> say)
    {
        if (replies is [Q3])
        {
            // Moved on: kept as the answer, or skipped. Going back shows which.
            var back = await say("back");
            return back[0].Contains($"Your earlier answer: \"{text}\"", StringComparison.Ordinal) ? "answer" : "skip";
        }

        return replies switch
        {
            [Q2] => "repeat",
            [var first, Q2] when first.StartsWith("About this question:", StringComparison.Ordinal) => "help-explain-question",
            [var first, ..] when first.StartsWith(Q1, StringComparison.Ordinal) => "back",
            _ => Common(replies),
        };
    }

    private static async Task<string> AtRatingAsync(List<string> replies, Func<string, Task<List<string>>> say)
    {
        if (replies is [var note] && note.StartsWith("Any note on", StringComparison.Ordinal))
        {
            var back = await say("back");
            return Enumerable.Range(1, 5).FirstOrDefault(n => back[0].Contains($"Your earlier answer: \"{n} out of 5\"", StringComparison.Ordinal)) is var n and > 0
                ? $"rating-{n}"
                : "rating (not kept)";
        }

        return replies switch
        {
            [var next] when next.StartsWith(SecondPrinciple, StringComparison.Ordinal) => "skip",
            [var first, ..] when first.StartsWith("You're rating how well", StringComparison.Ordinal) => "help",
            [var first, ..] when first.StartsWith("I couldn't read that as a rating", StringComparison.Ordinal) => "nothing (asked again)",
            [var first, ..] when first.StartsWith(CmhaQuestion, StringComparison.Ordinal) => "back",
            _ => Common(replies),
        };
    }

    private static async Task<string> AtNoteAsync(List<string> replies, string text, Func<string, Task<List<string>>> say)
    {
        if (replies is [var next] && next.StartsWith(SecondPrinciple, StringComparison.Ordinal))
        {
            var back = await say("back");
            return back[0].Contains($"Your earlier answer: \"{text}\"", StringComparison.Ordinal) ? "note" : "no-note";
        }

        return replies switch
        {
            [var first, ..] when first.StartsWith("The note is optional", StringComparison.Ordinal) => "help",
            [var first, ..] when first.StartsWith("Principle 1 of 4", StringComparison.Ordinal) => "back",
            _ => Common(replies),
        };
    }

    private static string WhilePaused(List<string> replies) => replies switch
    {
        [var first, ..] when first == Language.English[Phrase.ReflectionWelcomeBack] => "resume",
        [var only] when only == Language.English[Phrase.ReflectionStaysPaused] || only == Language.English[Phrase.ReflectionStopForToday] => "not-now",
        [var first] when first.StartsWith("I've paused your reflection on ESTHER", StringComparison.Ordinal) || first.StartsWith("Just to check", StringComparison.Ordinal) => "not-now",
        _ => Common(replies),
    };

    private static string Anywhere(List<string> replies) => replies switch
    {
        [var only] when only == Language.English[Phrase.ConversationYoureWelcome] => "thanks",
        [var only] when only == Language.English[Phrase.ConversationWelcome] => "greeting",
        [var only] when only == Language.English[Phrase.ConversationGoodbye] => "goodbye",
        [var only] when only == Language.English[Phrase.ConversationHelp] => "help",
        _ => Common(replies),
    };

    // What any prompt may answer with.
    private static string Common(List<string> replies) => replies switch
    {
        [var first, ..] when first == Language.English[Phrase.ReflectionHelp] => "help",
        [var first, ..] when first == Language.English[Phrase.ReflectionYoureWelcome] => "thanks",
        [var only] when only == Language.English[Phrase.ReflectionConfirmCancel] => "cancel",
        [var first, ..] when first.StartsWith("You're on ", StringComparison.Ordinal) => "where-am-i",
        [var first, ..] when first.StartsWith("I've paused your reflection", StringComparison.Ordinal) || first.StartsWith("Just to check", StringComparison.Ordinal)
            || first.Contains("has already passed", StringComparison.Ordinal) => "pause",
        [var first, ..] when first.EndsWith("Now, back to your reflection:", StringComparison.Ordinal) => "knowledge-question",
        [var first, ..] when first.StartsWith("Hello! We're in the middle", StringComparison.Ordinal) => "greeting",
        [] => "nothing (no reply)",
        _ => "other: " + replies[0].Split('\n')[0],
    };

    private static void Expect(List<string> replies, string start) =>
        Assert.True(replies.Count > 0 && replies[^1].StartsWith(start, StringComparison.Ordinal), $"Setting up the context, expected \"{start}\", got: {string.Join(" | ", replies)}");
}
