using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reflection;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Reflection;

public sealed partial class ReflectionConversationTests
{
    private const string Q1 = "Question 1 of 3: What is best for, or important to, Esther?";
    private const string Q2 = "Question 2 of 3: Who needs to cooperate to fulfill this?";
    private const string Q3 = "Question 3 of 3: What do we need to improve?";
    [Fact]
    public async Task ACompleteReflectionOnEstherReadsRatingWordsFractionsAndNumbers()
    {
        await using var bot = await ReflectionChat.StartAsync();

        await bot.Flow()
            .Send("reflect on ESTHER").AssertReply(Starts("Let's reflect on **Case 1: ESTHER**. In the case's own words, its coproduction approach: \"Initial focus on radical customization"))
            .AssertReply(a => { Assert.Equal(Q1, a.AsMessageActivity().Text); Assert.Null(a.AsMessageActivity().ChannelData); Assert.Equal(InputHints.ExpectingInput, a.AsMessageActivity().InputHint); })
            .Send("Being listened to about what matters in her week").AssertReply(Q2)
            .Send("Her GP, the home care team and her daughter").AssertReply(Q3)
            .Send("Sharing notes between services").AssertReply(Starts("Principle 1 of 6: how well does your work reflect 'Focus on care coordination in complex needs population'?"))
            .Send("mostly").AssertReply(Starts("Any note on 'Focus on care coordination in complex needs population'?"))
            .Send("skip").AssertReply(Starts("Principle 2 of 6: how well does your work reflect 'Openness, transparency'?"))
            .Send("4/5").AssertReply(Starts("Any note on 'Openness, transparency'?"))
            .Send("We publish our minutes").AssertReply(Starts("Principle 3 of 6"))
            .Send("four").AssertReply(Starts("Any note"))
            .Send("no thanks").AssertReply(Starts("Principle 4 of 6"))
            .Send("4 out of 5").AssertReply(Starts("Any note"))
            .Send("No one outside health is involved yet").AssertReply(Starts("Principle 5 of 6"))
            .Send("fully").AssertReply(Starts("Any note"))
            .Send("skip").AssertReply(Starts("Principle 6 of 6: how well does your work reflect 'Balancing power'?"))
            .Send("a little").AssertReply(Starts("Any note on 'Balancing power'?"))
            .Send("Still mostly professionals deciding").AssertReply(a =>
            {
                var summary = a.AsMessageActivity().Text;
                Assert.StartsWith("# Reflection on ESTHER", summary, StringComparison.Ordinal);
                Assert.Contains("**Who needs to cooperate to fulfill this?**\n\nHer GP, the home care team and her daughter", summary, StringComparison.Ordinal);
                Assert.Contains("- Focus on care coordination in complex needs population: 4/5\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Openness, transparency: 4/5 — We publish our minutes\n", summary, StringComparison.Ordinal);
                Assert.Contains("- Joy, ‘serious fun’: 4/5\n", summary, StringComparison.Ordinal);
                Assert.DoesNotContain("no thanks", summary, StringComparison.Ordinal);
                Assert.Contains(": 4/5 — No one outside health is involved yet\n", summary, StringComparison.Ordinal);
                Assert.Contains("**Strongest:** Reconnection to original healthcare values (5/5)", summary, StringComparison.Ordinal);
                Assert.Contains("**To work on:** Balancing power (2/5)", summary, StringComparison.Ordinal);
                Assert.Contains("say \"export\"", summary, StringComparison.Ordinal);
            })
            .Send("export").AssertReply(Starts("# Reflection on ESTHER"))
            .Send("my reflections").AssertReply(Starts("Your reflections:\n1. ESTHER, 29 November 2026"))
            .Send("open reflection 1").AssertReply(Starts("# Reflection on ESTHER"))
            .Send("hello").AssertReply(Language.English[Phrase.ConversationWelcome])
            .StartTestAsync();

        Assert.Single(await bot.Archive.ListAsync("test|user1", CancellationToken.None));
    }

    [Fact]
    public async Task BackShowsTheEarlierAnswerSoItCanBeEditedAndSkipKeepsIt()
    {
        await using var bot = await ReflectionChat.StartAsync();

        await bot.Flow()
            .Send("reflect on case 1").AssertReply(Starts("Let's reflect")).AssertReply(Q1)
            .Send("back").AssertReply(Language.English[Phrase.ReflectionFirstStep]).AssertReply(Q1)
            .Send("First thoughts").AssertReply(Q2)
            .Send("back").AssertReply(Q1 + "\n\nYour earlier answer: \"First thoughts\"\nSend a new answer to change it, or say \"skip\" to keep it.")
            .Send("Second thoughts").AssertReply(Q2)
            .Send("skip").AssertReply(Q3)
            .Send("back").AssertReply(Q2)
            .Send("back").AssertReply(Starts(Q1 + "\n\nYour earlier answer: \"Second thoughts\""))
            .Send("skip").AssertReply(Q2)
            .Send("where am I").AssertReply("You're on question 2 of 3 of your reflection on ESTHER (step 2 of 15); 1 of 9 questions and principles answered so far.").AssertReply(Q2)
            .Send("repeat").AssertReply(Q2)
            .StartTestAsync();
    }

    [Fact]
    public async Task HelpAndAKnowledgeQuestionAreAnsweredThenThePromptReturnsWithoutTakingThemAsAnswers()
    {
        await using var bot = await ReflectionChat.StartAsync();

        await bot.Flow()
            .Send("reflect on ESTHER").AssertReply(Starts("Let's reflect")).AssertReply(Q1)
            .Send("help").AssertReply(Language.English[Phrase.ReflectionHelp]).AssertReply(Q1)
            .Send("what does balancing power mean for ESTHER?").AssertReply(a =>
            {
                Assert.StartsWith("**", a.AsMessageActivity().Text, StringComparison.Ordinal);
                Assert.Contains("Balancing power", a.AsMessageActivity().Text, StringComparison.Ordinal);
                Assert.EndsWith("Now, back to your reflection:", a.AsMessageActivity().Text, StringComparison.Ordinal);
            }).AssertReply(Q1)
            .Send("What matters most is that Esther is heard").AssertReply(Q2)
            .Send("back").AssertReply(Starts(Q1 + "\n\nYour earlier answer: \"What matters most is that Esther is heard\""))
            .StartTestAsync();
    }

    [Fact]
    public async Task CancelAsksFirstAndNoCarriesOn()
    {
        await using var bot = await ReflectionChat.StartAsync();

        await bot.Flow()
            .Send("reflect on ESTHER").AssertReply(Starts("Let's reflect")).AssertReply(Q1)
            .Send("cancel").AssertReply(a => Assert.Equal(Language.English[Phrase.ReflectionConfirmCancel], a.AsMessageActivity().Text))
            .Send("no").AssertReply(Language.English[Phrase.ReflectionCarryOn]).AssertReply(Q1)
            .Send("cancel").AssertReply(Language.English[Phrase.ReflectionConfirmCancel])
            .Send("yes").AssertReply(Language.English[Phrase.ReflectionCancelled])
            .Send("hello").AssertReply(Language.English[Phrase.ConversationWelcome])
            .StartTestAsync();

        Assert.Empty(await bot.Archive.ListAsync("test|user1", CancellationToken.None));
    }

    [Fact]
    public async Task UnusableRatingsAreAskedAgainAndAfterTheAttemptLimitTheReflectionMovesOn()
    {
        await using var bot = await ReflectionChat.StartAsync(new Dictionary<string, string?> { ["Reflection:MaxAnswerLength"] = "100" });

        await bot.Flow()
            .Send("reflect on ESTHER").AssertReply(Starts("Let's reflect")).AssertReply(Q1)
            .Send(new string('a', 150)).AssertReply(Language.English.Format(Phrase.ReflectionTooLong, 100, 150))
            .Send("skip").AssertReply(Q2)
            .Send("skip").AssertReply(Q3)
            .Send("skip").AssertReply(Starts("Principle 1 of 6"))
            .Send("purple").AssertReply(ReflectionMessages.RatingRetry(Language.English, "Focus on care coordination in complex needs population"))
            .Send("9").AssertReply(ReflectionMessages.RatingRetry(Language.English, "Focus on care coordination in complex needs population"))
            .Send("banana").AssertReply(Language.English[Phrase.ReflectionLeftUnrated]).AssertReply(Starts("Any note on 'Focus on care coordination"))
            .StartTestAsync();
    }

    [Fact]
    public async Task AQuestionWrittenForOnePlaceIsAskedAboutThePersonsOwnCommunityWithTheOriginalWordingShown()
    {
        await using var bot = await ReflectionChat.StartAsync();

        await bot.Flow()
            .Send("reflect").AssertReply(a => Assert.Equal(Language.English[Phrase.ReflectionChooseCase], a.AsMessageActivity().Text))
            .Send("Making Recovery Real").AssertReply(Starts("Let's reflect on **Case 2: Making Recovery Real**"))
            .AssertReply(a => { Assert.Equal(Language.English[Phrase.ReflectionAskPlace], a.AsMessageActivity().Text); Assert.Equal(InputHints.ExpectingInput, a.AsMessageActivity().InputHint); })
            .Send("Leith").AssertReply("Question 1 of 1: What would make recovery real in Leith?\n(The case's own wording: \"What would make recovery real in Dundee?\")")
            .Send("Peer support in every GP practice").AssertReply(Starts("Principle 1 of 4"))
            .StartTestAsync();
    }

    [Fact]
    public async Task SkippingThePlaceAsksTheQuestionInItsOwnWords()
    {
        await using var bot = await ReflectionChat.StartAsync();

        await bot.Flow()
            .Send("reflect on case 2").AssertReply(Starts("Let's reflect on **Case 2")).AssertReply(Language.English[Phrase.ReflectionAskPlace])
            .Send("skip").AssertReply("Question 1 of 1: What would make recovery real in Dundee?")
            .StartTestAsync();
    }

    internal static Action<IActivity> Starts(string start) =>
        a => Assert.StartsWith(start, a.AsMessageActivity().Text, StringComparison.Ordinal);

    // What a Teams card's submit holds for the first guiding question.
    private static Activity Card(Microsoft.Bot.Builder.Adapters.TestAdapter adapter, string answer)
    {
        var activity = adapter.MakeActivity();
        activity.Value = new JObject { ["answer"] = answer, ["step"] = new JObject { ["kind"] = "Question", ["index"] = 0 } };
        return activity;
    }
}
