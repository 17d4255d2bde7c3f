using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reflection;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Reflection;

/// <summary>A reflection from a French Teams (fr-CA), answered in French: ratings in French words, reminder times in French.</summary>
public sealed class FrenchReflectionTests
{
    [Theory]
    [InlineData("rappelle-moi dans deux heures", 2)]
    [InlineData("on arrête pour l'instant, rappelle-moi dans 3 heures", 3)]
    public async Task AFrenchReminderTimePausesTheReflectionUntilThen(string text, int hours)
    {
        await using var bot = await ReflectionChat.StartAsync();
        var adapter = ReflectionChat.NewAdapter();

        await bot.Flow(adapter)
            .Send(French(adapter, "reflect on ESTHER")).AssertReply(ReflectionConversationTests.Starts("Réfléchissons au **cas 1 : ESTHER**")).AssertReply(ReflectionConversationTests.Starts("Question 1 sur 3 :"))
            .Send(French(adapter, text)).AssertReply(ReflectionConversationTests.Starts("J'ai mis en pause votre réflexion sur ESTHER"))
            .StartTestAsync();

        // Reminders are kept by the minute, so "in two hours" is due within the minute two hours on.
        var at = bot.Clock.GetUtcNow().AddHours(hours);
        Assert.Empty(await bot.Reminders.DueAsync(at.AddMinutes(-2), CancellationToken.None));
        var due = Assert.Single(await bot.Reminders.DueAsync(at.AddMinutes(1), CancellationToken.None)).Reminder.Due;
        Assert.InRange(due, at.AddMinutes(-1), at.AddMinutes(1));
    }

    [Theory]
    [InlineData("pause, rappelle-moi demain à 10 h", 10, 0)]
    [InlineData("rappelle-moi demain à 22 h", 22, 0)]
    [InlineData("on continue demain à 15 h 30", 15, 30)]
    public async Task AFrenchHourIsReadOnTheTwentyFourHourClockAndKeptWithoutAQuestion(string text, int hour, int minute)
    {
        await using var bot = await ReflectionChat.StartAsync();
        var adapter = ReflectionChat.NewAdapter();

        await bot.Flow(adapter)
            .Send(French(adapter, "reflect on ESTHER")).AssertReply(ReflectionConversationTests.Starts("Réfléchissons au **cas 1 : ESTHER**")).AssertReply(ReflectionConversationTests.Starts("Question 1 sur 3 :"))
            .Send(French(adapter, text)).AssertReply(ReflectionConversationTests.Starts("J'ai mis en pause votre réflexion sur ESTHER"))
            .StartTestAsync();

        var at = new DateTimeOffset(2026, 11, 30, hour, minute, 0, TimeSpan.Zero);
        Assert.Empty(await bot.Reminders.DueAsync(at.AddMinutes(-1), CancellationToken.None));
        Assert.Equal(at, Assert.Single(await bot.Reminders.DueAsync(at, CancellationToken.None)).Reminder.Due);
    }

    [Fact]
    public async Task AnEarlyFrenchHourIsCheckedWithAYesInFrenchAndThenKept()
    {
        await using var bot = await ReflectionChat.StartAsync();
        var adapter = ReflectionChat.NewAdapter();

        // "à 3 h" is three in the morning on the 24-hour clock, but rarely meant for a reminder: the person is asked.
        await bot.Flow(adapter)
            .Send(French(adapter, "reflect on ESTHER")).AssertReply(ReflectionConversationTests.Starts("Réfléchissons au **cas 1 : ESTHER**")).AssertReply(ReflectionConversationTests.Starts("Question 1 sur 3 :"))
            .Send(French(adapter, "pause, rappelle-moi demain à 3 h")).AssertReply(ReflectionConversationTests.Starts("Pour vérifier : je vous la rappelle le lundi 30 novembre à 03:00"))
            .Send(French(adapter, "oui")).AssertReply(ReflectionConversationTests.Starts("J'ai mis en pause votre réflexion sur ESTHER"))
            .StartTestAsync();

        var at = new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero);
        Assert.Empty(await bot.Reminders.DueAsync(at.AddMinutes(-1), CancellationToken.None));
        Assert.Equal(at, Assert.Single(await bot.Reminders.DueAsync(at, CancellationToken.None)).Reminder.Due);
    }

    [Fact]
    public async Task RatingsInFrenchWordsAreReadOnTheScale()
    {
        await using var bot = await ReflectionChat.StartAsync();
        var adapter = ReflectionChat.NewAdapter();

        await bot.Flow(adapter)
            .Send(French(adapter, "reflect on ESTHER")).AssertReply(ReflectionConversationTests.Starts("Réfléchissons au **cas 1 : ESTHER**"))
            .AssertReply(a => Assert.StartsWith("Question 1 sur 3 : Qu'est-ce qui est le mieux pour Esther, ou important pour elle ?\nOriginal (anglais) : _What is best for, or important to, Esther?_", a.AsMessageActivity().Text, StringComparison.Ordinal))
            .Send(French(adapter, "Qu'on l'écoute sur ce qui compte dans sa semaine"))
            .AssertReply(a => Assert.StartsWith("Question 2 sur 3 : Qui doit coopérer pour y parvenir ?\nOriginal (anglais) : _Who needs to cooperate to fulfill this?_", a.AsMessageActivity().Text, StringComparison.Ordinal))
            .Send(French(adapter, "Son médecin, l'équipe de soins à domicile et sa fille")).AssertReply(ReflectionConversationTests.Starts("Question 3 sur 3"))
            .Send(French(adapter, "Partager les notes entre les services")).AssertReply(a =>
            {
                var prompt = a.AsMessageActivity().Text;
                Assert.StartsWith("Principe 1 sur 6 : dans quelle mesure votre travail reflète-t-il « Accent sur la coordination des soins dans une population aux besoins complexes » ?", prompt, StringComparison.Ordinal);
                Assert.Contains("\nOriginal (anglais) : _Focus on care coordination in complex needs population_", prompt, StringComparison.Ordinal);
            })
            .Send(French(adapter, "plutôt bien")).AssertReply(ReflectionConversationTests.Starts("Une remarque sur « Accent sur la coordination des soins"))
            .Send(French(adapter, "passer")).AssertReply(ReflectionConversationTests.Starts("Principe 2 sur 6"))
            .Send(French(adapter, "pas du tout")).AssertReply(ReflectionConversationTests.Starts("Une remarque sur"))
            .Send(French(adapter, "passer")).AssertReply(ReflectionConversationTests.Starts("Principe 3 sur 6"))
            .Send(French(adapter, "moyen")).AssertReply(ReflectionConversationTests.Starts("Une remarque sur"))
            .Send(French(adapter, "passer")).AssertReply(ReflectionConversationTests.Starts("Principe 4 sur 6"))
            .Send(French(adapter, "très bien")).AssertReply(ReflectionConversationTests.Starts("Une remarque sur"))
            .Send(French(adapter, "passer")).AssertReply(ReflectionConversationTests.Starts("Principe 5 sur 6"))
            .Send(French(adapter, "tres mal")).AssertReply(ReflectionConversationTests.Starts("Une remarque sur"))
            .Send(French(adapter, "passer")).AssertReply(ReflectionConversationTests.Starts("Principe 6 sur 6"))
            .Send(French(adapter, "un peu")).AssertReply(ReflectionConversationTests.Starts("Une remarque sur"))
            .Send(French(adapter, "passer")).AssertReply(a =>
            {
                var summary = a.AsMessageActivity().Text;
                Assert.Contains("**Qu'est-ce qui est le mieux pour Esther, ou important pour elle ?**\nOriginal (anglais) : _What is best for, or important to, Esther?_\n\nQu'on l'écoute", summary, StringComparison.Ordinal);
                Assert.Contains("- Accent sur la coordination des soins dans une population aux besoins complexes (original : « Focus on care coordination in complex needs population »): 4/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Ouverture, transparence (original : « Openness, transparency »): 1/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Joie, « plaisir sérieux » (original : « Joy, ‘serious fun’ »): 3/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Guidé par la valeur (pas par l'argent) (original : « Driven by value (not money) »): 5/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Retour aux valeurs premières des soins de santé (original : « Reconnection to original healthcare values »): 1/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Équilibre des pouvoirs (original : « Balancing power »): 2/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("Guidé par la valeur (pas par l'argent) (5/5)", summary, StringComparison.Ordinal);
                Assert.DoesNotContain("Question 1", summary, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AGuidingQuestionWrittenAsAnAimIsAskedInFrenchWithTheCasesOwnWords()
    {
        await using var host = await BotHost.StartAsync();
        var activity = TeamsActivities.Personal(host.Connector.ServiceUrl, "a:fr-cmha", "réfléchir sur le CMHA Learning Centre");
        activity["locale"] = "fr-CA";

        var replies = await host.PostAsync(activity);

        var question = replies.Single(text => text.StartsWith("Question 1 sur", StringComparison.Ordinal));
        Assert.Contains("En quoi votre travail permet-il de « offrir une programmation éducative pour favoriser le rétablissement et le bien-vivre » ?", question, StringComparison.Ordinal);
        Assert.Contains("\nOriginal (anglais) : _Provide educational programming to foster recovery and living well_", question, StringComparison.Ordinal);
        Assert.DoesNotContain("How does your work", question, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Provide educational programming to foster recovery and living well", "En quoi votre travail permet-il de « provide educational programming to foster recovery and living well » ?")]
    [InlineData("CMHA branches share what works", "En quoi votre travail répond-il à cet objectif : CMHA branches share what works ?")]
    [InlineData("What do we need to improve?", "What do we need to improve?")]
    public void AnAimIsPutAsAFrenchQuestionAroundTheCasesWords(string written, string asked) =>
        Assert.Equal(asked, QuestionWording.Asked(Language.French, written, place: null));

    private static Activity French(TestAdapter adapter, string text)
    {
        var activity = adapter.MakeActivity(text);
        activity.Locale = "fr-CA";
        return activity;
    }
}
