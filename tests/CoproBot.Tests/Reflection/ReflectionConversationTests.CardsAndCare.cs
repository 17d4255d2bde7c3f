using CoproBot.Dialogs.Languages;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Reflection;

/// <summary>A reflection through the real bot: card answers, crisis words, and what each turn reads and writes.</summary>
public sealed partial class ReflectionConversationTests
{
    [Fact]
    public async Task ACardFromAnEarlierQuestionIsNotUsedAndACurrentOneIs()
    {
        await using var bot = await ReflectionChat.StartAsync();
        var adapter = ReflectionChat.NewAdapter();

        await bot.TeamsFlow(adapter)
            .Send("reflect on ESTHER").AssertReply(Starts("Let's reflect")).AssertReply(Q1)
            .Send(Card(adapter, "From the card")).AssertReply(Q2)
            .Send(Card(adapter, "An old card's answer")).AssertReply(Language.English[Phrase.ReflectionStaleCard]).AssertReply(Q2)
            .Send("back").AssertReply(Starts(Q1 + "\n\nYour earlier answer: \"From the card\""))
            .StartTestAsync();
    }

    [Fact]
    public async Task ACrisisMessagePausesTheReflectionOffersSupportAndIsNeverStored()
    {
        const string crisis = "honestly some days I want to die";
        await using var bot = await ReflectionChat.StartAsync();

        await bot.Flow()
            .Send("reflect on ESTHER").AssertReply(Starts("Let's reflect")).AssertReply(Q1)
            .Send("A good first answer").AssertReply(Q2)
            .Send(crisis).AssertReply(a =>
            {
                Assert.Contains("You can talk to someone right now", a.AsMessageActivity().Text, StringComparison.Ordinal);
                Assert.Contains("I've paused our reflection", a.AsMessageActivity().Text, StringComparison.Ordinal);
            })
            .Send("I'm fine").AssertReply(Starts("**What I can help with**"))
            .Send("I can't go on").AssertReply(a => Assert.Contains("You can talk to someone right now", a.AsMessageActivity().Text, StringComparison.Ordinal))
            .Send("continue").AssertReply(Language.English[Phrase.ReflectionWelcomeBack]).AssertReply(Q2)
            .Send("back").AssertReply(Starts(Q1 + "\n\nYour earlier answer: \"A good first answer\""))
            .StartTestAsync();

        Assert.DoesNotContain(await bot.AllRowsAsync(), row => row.Contains("want to die", StringComparison.Ordinal) || row.Contains("go on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACrisisInACardAnswerIsCaughtToo()
    {
        await using var bot = await ReflectionChat.StartAsync();
        var adapter = ReflectionChat.NewAdapter();

        await bot.Flow(adapter)
            .Send("reflect on ESTHER").AssertReply(Starts("Let's reflect")).AssertReply(Q1)
            .Send(Card(adapter, "I keep thinking about ending my life")).AssertReply(a => Assert.Contains("I've paused our reflection", a.AsMessageActivity().Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.DoesNotContain(await bot.AllRowsAsync(), row => row.Contains("ending my life", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachReflectionTurnReadsTheStateOnceAndWritesItOnceWithItsRepliesThenOncePerReplySent()
    {
        await using var bot = await ReflectionChat.StartAsync();
        var perTurn = new List<(int Reads, int Writes, int Replies)>();
        var flow = new Microsoft.Bot.Builder.Adapters.TestFlow(ReflectionChat.NewAdapter(), async (turnContext, ct) =>
        {
            var (reads, writes, replies) = (bot.Store.Reads("botstate"), bot.Store.Writes("botstate"), bot.Host.Connector.All.Count);
            await bot.RelayAsync(turnContext, ct);
            perTurn.Add((bot.Store.Reads("botstate") - reads, bot.Store.Writes("botstate") - writes, bot.Host.Connector.All.Count - replies));
        });

        await flow
            .Send("reflect on ESTHER").AssertReply(Starts("Let's reflect")).AssertReply(Q1)
            .Send("An answer").AssertReply(Q2)
            .Send("help").AssertReply(Language.English[Phrase.ReflectionHelp]).AssertReply(Q2)
            .Send("back").AssertReply(Starts(Q1))
            .Send("skip").AssertReply(Q2)
            .Send("pause").AssertReply(Starts("I've paused your reflection on ESTHER"))
            .Send("continue").AssertReply(Language.English[Phrase.ReflectionWelcomeBack]).AssertReply(Q2)
            .StartTestAsync();

        Assert.Equal(7, perTurn.Count);
        Assert.All(perTurn, turn => Assert.Equal(1, turn.Reads));

        // One write of the state with the replies it owes, then one small write per reply as the channel confirms it.
        Assert.All(perTurn, turn => Assert.Equal(1 + turn.Replies, turn.Writes));
    }
}
