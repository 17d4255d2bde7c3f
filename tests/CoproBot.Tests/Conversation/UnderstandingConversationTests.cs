using CoproBot.Storage.Tables;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Conversation;

/// <summary>What a new user met when asking about the cases, turn by turn through /api/messages.</summary>
public sealed class UnderstandingConversationTests
{
    [Fact]
    public async Task WhoCanJoinTheCoursesIsAnsweredWithTheCoursesItem()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "a:courses", "who can join the Recovery College courses?");

        Assert.Contains("Courses are open to anyone interested in participating/learning", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("serious mental illness", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMainGoalIsTheSentenceThatStatesIt()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "a:goal", "what's ESTHER's main goal?");

        Assert.Contains("The objective of ESTHER is the coordination of those care needs identified as most important to patients themselves.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Joy, ‘serious fun’", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Case 1: ESTHER", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionNothingAnswersWellOffersTwoReadingsInsteadOfTheWholeCase()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "a:rural", "how could I apply the Dundee idea in a small rural clinic?");

        Assert.DoesNotContain("Case 2: Making Recovery Real", reply, StringComparison.Ordinal);
        Assert.Contains("Did you mean", reply, StringComparison.Ordinal);
        Assert.Contains("of Making Recovery Real", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatCoproductionMeansComesAsCoproBotsOwnFramingBeforeTheApproaches()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "a:define", "what is coproduction anyway?");

        var note = reply.IndexOf("In CoproBot's words", StringComparison.Ordinal);
        Assert.InRange(note, 0, reply.IndexOf("Initial focus on radical customization", StringComparison.Ordinal));
        Assert.Contains("Adopted an asset-based approach", reply, StringComparison.Ordinal);
        Assert.Contains("peer-centric and peer-led", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatAllThreeShareIsWhatOverlapsAndSaysPlainlyThatNothingIsSharedByAll()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "a:share", "what principles do all three share?");

        Assert.Contains("Making Recovery Real and CMHA Learning Centre both have \"Rooted in mental health recovery principles\"", reply, StringComparison.Ordinal);
        Assert.Contains("Nothing in their inclusivity principles is shared by all three.", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichOfThemAreAboutMentalHealthNamesBothMentalHealthCasesAndNotEsther()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "a:mental", "which of them are about mental health?");

        var sources = SourceLine(reply);
        Assert.Contains("Making Recovery Real,", sources, StringComparison.Ordinal);
        Assert.Contains("CMHA Learning Centre,", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("ESTHER", sources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoCasesAreComparedSideBySideUnderFeatureHeadingsAndOnlyThoseTwo()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "a:differ", "how do ESTHER and the Recovery College differ?");

        Assert.DoesNotContain("Case 1: ESTHER", reply, StringComparison.Ordinal);
        Assert.Contains("### Inclusivity principles\n\n**ESTHER**", reply, StringComparison.Ordinal);
        Assert.Contains("### Coproduction approach", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Making Recovery Real", SourceLine(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InTeamsAComparisonCardPutsTheCasesInColumnsUnderEachFeature()
    {
        await using var host = await BotHost.StartAsync();
        host.Connector.Drain();

        var response = await host.PostActivityAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, "a:teams-compare", "compare MRR and the Learning Centre on their principles"));
        response.EnsureSuccessStatusCode();
        var card = (JObject)(await host.Connector.NextMessageAsync()).Attachments[0].Content;

        var columns = card["body"]!.Single(e => (string?)e["type"] == "ColumnSet")["columns"]!.Select(c => (string?)c["items"]![0]!["text"]).ToList();
        Assert.Equal(["Making Recovery Real", "CMHA Learning Centre"], columns);
        Assert.Contains(card["body"]!, e => (string?)e["text"] == "Source: Making Recovery Real, inclusivity principles; CMHA Learning Centre, inclusivity principles");
        Assert.DoesNotContain("ESTHER", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEverydayRequestIsNotCorrectedIntoCaseWords()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "a:pizza", "Can you order pizza for our team lunch?");

        Assert.StartsWith("**What I can help with**", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("older patients", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AndForEstherKeepsTheFeatureOfTheLastAnswer()
    {
        await using var host = await BotHost.StartAsync();
        await AskAsync(host, "a:follow-feature", "what is CMHA's guiding question?");

        var reply = await AskAsync(host, "a:follow-feature", "and for esther?");

        Assert.StartsWith("**ESTHER: Guiding question(s)**", reply, StringComparison.Ordinal);
        Assert.Contains("What is best for, or important to, Esther?", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOtherTwoAreTheOtherCasesOnTheSameFeature()
    {
        await using var host = await BotHost.StartAsync();
        await AskAsync(host, "a:follow-others", "what are MRR's principles?");

        var reply = await AskAsync(host, "a:follow-others", "the other two?");

        Assert.StartsWith("**Inclusivity principles: ESTHER and CMHA Learning Centre**", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TellMeMoreWidensTheLastAnswerToTheWholeCase()
    {
        await using var host = await BotHost.StartAsync();
        await AskAsync(host, "a:follow-more", "what are ESTHER's principles?");

        var reply = await AskAsync(host, "a:follow-more", "tell me more");

        Assert.StartsWith("**Case 1: ESTHER**", reply, StringComparison.Ordinal);
        Assert.Contains("### Guiding question(s)", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItsPrinciplesKeepsTheCaseAndOnlyIdsAreKept()
    {
        await using var host = await BotHost.StartAsync();
        await AskAsync(host, "a:follow-case", "tell me about the Dundee project");

        var reply = await AskAsync(host, "a:follow-case", "what are its principles?");

        Assert.StartsWith("**Making Recovery Real: Inclusivity principles**", reply, StringComparison.Ordinal);
        var store = host.Services.GetRequiredService<ITableStore>();
        await foreach (var entity in store.QueryTableAsync("botstate", CancellationToken.None))
        {
            Assert.DoesNotContain("its principles", entity.Data, StringComparison.Ordinal);
            Assert.DoesNotContain("Dundee project", entity.Data, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AFrenchQuestionReadsTheCaseNameAfterTheElidedArticle()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "a:french", "quels sont les principes d'ESTHER ?");

        // A clearly French question is answered in French, from the translation, with the original under it.
        Assert.StartsWith("**ESTHER : Principes d'inclusivité**", reply, StringComparison.Ordinal);
        Assert.Contains("_Source : ESTHER, principes d'inclusivité (traduction)_", reply, StringComparison.Ordinal);
        Assert.Contains("Original (anglais) : _Focus on care coordination in complex needs population", reply, StringComparison.Ordinal);
    }

    private static async Task<string> AskAsync(BotHost host, string conversation, string text) =>
        Assert.Single(await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, conversation, text)));

    private static string SourceLine(string reply) =>
        reply.Split('\n').Single(l => l.StartsWith("_Source:", StringComparison.Ordinal));
}
