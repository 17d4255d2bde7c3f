using System.Text.RegularExpressions;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reflection;
using CoproBot.Knowledge.Import;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Reflection;

/// <summary>What a new user met inside a reflection, turn by turn through /api/messages, and what the bot now does.</summary>
public sealed partial class UnderstandingConversationTests
{
    private const string Q1 = "Question 1 of 3: What is best for, or important to, Esther?";
    private const string Q2 = "Question 2 of 3: Who needs to cooperate to fulfill this?";
    private const string Q3 = "Question 3 of 3: What do we need to improve?";

    [Fact]
    public async Task WhatDoYouMeanAtAGuidingQuestionExplainsItFromTheCasesOwnTextAsksAgainAndIsNeverKept()
    {
        await using var host = await ReflectionHost.StartAsync();
        Task<List<string>> Say(string text) => host.SayAsync("conv-explain", text);
        await Say("reflect on ESTHER");
        await Say("Being listened to");

        var explained = await Say("what do you mean?");

        Assert.Equal(2, explained.Count);
        Assert.StartsWith("About this question: it's one of ESTHER's own guiding questions", explained[0], StringComparison.Ordinal);
        Assert.Contains("\"this\" points back to the question before it: \"What is best for, or important to, Esther?\"", explained[0], StringComparison.Ordinal);
        var quotes = CaseQuote().Matches(explained[0]).Select(m => m.Groups["quote"].Value).ToList();
        Assert.NotEmpty(quotes);
        var caseText = string.Join('\n', ShippedKnowledge.Knowledge.Cells.Where(c => c.CaseId == "esther").Select(c => c.SearchText));
        Assert.All(quotes, quote => Assert.Contains(quote, caseText, StringComparison.Ordinal));
        Assert.Equal(Q2, explained[1]);

        Assert.Equal([Q3], await Say("Her GP and her daughter"));
        Assert.Equal("Question 2 of 3: Who needs to cooperate to fulfill this?\n\nYour earlier answer: \"Her GP and her daughter\"\nSend a new answer to change it, or say \"skip\" to keep it.", (await Say("back"))[0]);
    }

    [Fact]
    public async Task LooseRatingsAreReadOnTheScaleAndSkippingARatingSkipsItsNote()
    {
        await using var host = await ReflectionHost.StartAsync();
        Task<List<string>> Say(string text) => host.SayAsync("conv-ratings", text);
        await Say("reflect on ESTHER");
        foreach (var skipped in new[] { "skip", "skip", "skip" })
        {
            await Say(skipped);
        }

        Assert.StartsWith("Any note on 'Focus on care coordination in complex needs population'?", (await Say("pretty well I think"))[0], StringComparison.Ordinal);
        Assert.StartsWith("Principle 2 of 6", (await Say("no"))[0], StringComparison.Ordinal);
        Assert.StartsWith("Any note on 'Openness, transparency'?", (await Say("somewhere in the middle"))[0], StringComparison.Ordinal);
        Assert.StartsWith("Principle 3 of 6", (await Say("No budget for it yet, but the team is keen"))[0], StringComparison.Ordinal);

        // "skip this one" at a rating goes straight to the next principle, not to a note on the one skipped.
        Assert.StartsWith("Principle 4 of 6", (await Say("skip this one"))[0], StringComparison.Ordinal);
        foreach (var rest in new[] { "4", "skip", "5", "skip", "1" })
        {
            await Say(rest);
        }

        var summary = (await Say("nothing to add"))[0];
        Assert.StartsWith("# Reflection on ESTHER", summary, StringComparison.Ordinal);
        Assert.Contains("- Focus on care coordination in complex needs population: 4/5\n", summary, StringComparison.Ordinal);
        Assert.Contains("- Openness, transparency: 3/5 — No budget for it yet, but the team is keen\n", summary, StringComparison.Ordinal);
        Assert.Contains("- Joy, ‘serious fun’: not rated\n", summary, StringComparison.Ordinal);
        Assert.Contains("- Balancing power: 1/5\n", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARatingThatCannotBeReadIsAskedAgainNamingThePrincipleWithTheScaleAsButtons()
    {
        await using var host = await ReflectionHost.StartAsync();
        Task<List<string>> Say(string text) => host.SayAsync("conv-retry", text);
        await Say("reflect on ESTHER");
        foreach (var skipped in new[] { "skip", "skip", "skip" })
        {
            await Say(skipped);
        }

        Assert.Equal([ReflectionMessages.RatingRetry(Language.English, "Focus on care coordination in complex needs population")], await Say("banana bread"));
        var retry = host.Connector.All.Last(r => r.Activity.Type == ActivityTypes.Message).Activity;
        Assert.Equal(["1", "2", "3", "4", "5", "Skip"], retry.SuggestedActions.Actions.Select(a => a.Title));
        Assert.StartsWith("Any note on 'Focus on care coordination", (await Say("4"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NaturalWordsResumeAPausedReflection()
    {
        await using var host = await ReflectionHost.StartAsync();
        Task<List<string>> Say(string text) => host.SayAsync("conv-resume", text);
        await Say("reflect on ESTHER");
        await Say("Being listened to");
        Assert.StartsWith("I've paused your reflection on ESTHER", (await Say("Hold on, I've got to jump into a meeting"))[0], StringComparison.Ordinal);
        Assert.Equal([Language.English[Phrase.ReflectionStaysPaused]], await Say("not yet"));

        Assert.Equal([Language.English[Phrase.ReflectionWelcomeBack], Q2], await Say("I'm back, let's carry on"));
    }

    [Fact]
    public async Task CmhasGuidingStatementIsAskedAsAQuestionWithItsOwnWordingShown()
    {
        await using var host = await ReflectionHost.StartAsync();

        var intro = await host.SayAsync("conv-cmha", "reflect on the CMHA Learning Centre");

        Assert.Equal(
            "Question 1 of 1: How does your work provide educational programming to foster recovery and living well?\n"
            + "(The case's own wording: \"Provide educational programming to foster recovery and living well\")",
            intro[1]);
        Assert.StartsWith("About this question: it's one of CMHA Learning Centre's own guiding questions", (await host.SayAsync("conv-cmha", "What's this question actually asking?"))[0], StringComparison.Ordinal);
        await host.SayAsync("conv-cmha", "Free courses co-taught by peers");
        foreach (var rating in new[] { "3", "skip", "3", "skip", "3", "skip", "3" })
        {
            await host.SayAsync("conv-cmha", rating);
        }

        var summary = (await host.SayAsync("conv-cmha", "skip"))[0];
        Assert.Contains("**How does your work provide educational programming to foster recovery and living well?**\n\nFree courses co-taught by peers", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thanks, that's really useful")]
    [InlineData("merci beaucoup")]
    [InlineData("thanks")]
    public async Task ThanksGetsYoureWelcomeNotACaseOverviewOrTheHelp(string thanks)
    {
        await using var host = await ReflectionHost.StartAsync();
        await host.SayAsync("conv-thanks", "What are ESTHER's principles?");

        Assert.Equal([Language.English[Phrase.ConversationYoureWelcome]], await host.SayAsync("conv-thanks", thanks));
    }

    [Fact]
    public async Task ThanksMidReflectionIsWelcomedAndTheQuestionAskedAgain()
    {
        await using var host = await ReflectionHost.StartAsync();
        await host.SayAsync("conv-thanks-mid", "reflect on ESTHER");

        Assert.Equal([Language.English[Phrase.ReflectionYoureWelcome], Q1], await host.SayAsync("conv-thanks-mid", "thanks, that's really useful"));
    }

    [GeneratedRegex("In the case's own words \\([^)]*\\): \"(?<quote>[^\\n]*)\"", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CaseQuote();
}
