using CoproBot.Bot.BotFramework;
using CoproBot.Dialogs.Languages;
using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Import;
using CoproBot.Tests.Infrastructure;
using CoproBot.Tests.Knowledge;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CoproBot.Tests.Reliability;

/// <summary>What must hold when two instances over one Azure Table Storage serve the same conversations, with no affinity.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class TwoInstanceTurnTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task InstallAndConversationUpdateReachingTwoInstancesAtOnceWelcomeOnce()
    {
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString);
        var url = bots.Connector.ServiceUrl;
        var conversations = Enumerable.Range(0, 8).Select(i => $"a:welcome-twice-{i}").ToList();

        // Teams sends both for one install; here each lands on a different instance, at the same moment.
        await Task.WhenAll(conversations.SelectMany(id => new[]
        {
            bots.First.PostActivityAsync(TeamsActivities.InstallationAdd(url, id)),
            bots.Second.PostActivityAsync(TeamsActivities.MembersAdded(url, id, "personal", TeamsActivities.BotId, "user-id-0")),
        }));

        var welcomes = bots.Connector.All.Where(r => r.Activity.Type == "message" && r.Activity.Text == Language.English[Phrase.ConversationWelcome])
            .GroupBy(r => r.Activity.Conversation.Id).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(conversations.Order(), welcomes.Keys.Order());
        Assert.All(welcomes.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task AnswersSentAtOnceToTwoInstancesAreAllTakenAndNoneIsLost()
    {
        const string conversation = "a:racing-two-instances";
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString);
        Task<List<string>> SayAsync(BotHost host, string text) => host.PostAsync(TeamsActivities.Personal(bots.Connector.ServiceUrl, conversation, text));
        await SayAsync(bots.First, "reflect on ESTHER");

        // Two answers wait in line on the first instance; the third, on the second, races them and is decided again on
        // the state they saved. It can meet each one's save and each one's reply being marked sent, within its attempts.
        var answers = new[] { "Being heard", "Her family and her GP", "Fewer handovers" };
        BotHost[] hosts = [bots.First, bots.Second, bots.First];
        await Task.WhenAll(answers.Select((answer, i) => hosts[i].PostActivityAsync(TeamsActivities.Personal(bots.Connector.ServiceUrl, conversation, answer))));

        // All three questions were answered, one each, whichever instance took them: the reflection is at the principles.
        var earlier = new List<string>();
        foreach (var host in new[] { bots.Second, bots.First, bots.Second })
        {
            var back = (await SayAsync(host, "back"))[0];
            earlier.Add(answers.Single(answer => back.Contains($"Your earlier answer: \"{answer}\"", StringComparison.Ordinal)));
        }

        Assert.Equal(answers.Order(), earlier.Order());
        Assert.DoesNotContain(bots.Connector.All, reply => reply.Activity.Text == TurnErrorHandler.Apology || reply.Activity.Text == TurnErrorHandler.NotSaved);
    }

    [Fact]
    public async Task AReplyOneInstanceIsStillSendingIsNotSentByAnotherGivenTheSameNameByMistake()
    {
        const string conversation = "a:one-name-two-servers";
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Bot:InstanceName"] = "web" });
        var first = TeamsActivities.Personal(bots.Connector.ServiceUrl, conversation, "help");
        var firstId = (string)first["id"]!;

        // The first instance has saved its reply and is sending it when the person's next message reaches the second.
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bots.Connector.RespondAsync = async activity =>
        {
            if (activity.ReplyToId == firstId && activity.Type == ActivityTypes.Message)
            {
                arrived.TrySetResult();
                await release.Task;
            }

            return null;
        };
        var held = bots.First.PostActivityAsync(first);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var second = TeamsActivities.Personal(bots.Connector.ServiceUrl, conversation, "What is the approach of ESTHER?");
        (await bots.Second.PostActivityAsync(second)).EnsureSuccessStatusCode();
        release.SetResult();
        (await held).EnsureSuccessStatusCode();

        // The help went once, from the instance that made it; the second sent only its own answer.
        Assert.Single(bots.Connector.All, reply => reply.Activity.ReplyToId == firstId && reply.Activity.Type == ActivityTypes.Message);
        Assert.Contains(bots.Connector.All, reply => reply.Activity.ReplyToId == (string)second["id"]!);
    }

    [Fact]
    public async Task KnowledgeImportedThroughOneInstanceIsAnsweredByTheOtherOnceItRefreshes()
    {
        await using var bots = await TwoInstances.StartAsync(azurite.ConnectionString);
        var importer = bots.First.Services.GetRequiredService<KnowledgeCatalog>();
        var other = bots.Second.Services.GetRequiredService<KnowledgeCatalog>();
        await importer.InitializeAsync(CancellationToken.None);
        await other.InitializeAsync(CancellationToken.None);
        Assert.False(other.Current.Knowledge.HasCase("peer-kitchen"));

        var imported = await importer.ImportTextAsync(KnowledgeFiles.WithFourthCase(), KnowledgeFormat.SourceTable, CancellationToken.None);
        Assert.True(imported.Succeeded);

        // The refresher does this every minute; the other instance reads the new generation from the shared tables.
        await other.RefreshAsync(CancellationToken.None);
        var replies = await bots.Second.PostAsync(TeamsActivities.Personal(bots.Connector.ServiceUrl, "a:kb-other", "What are the inclusivity principles of Peer Kitchen?"));

        Assert.Equal(imported.Version!.Generation, other.Current.Version.Generation);
        Assert.Contains(replies, text => text.Contains("Pay what you can", StringComparison.Ordinal));
    }
}
