using System.Text;
using CoproBot.Dialogs.Templates;
using CoproBot.Knowledge.Catalog;
using CoproBot.Storage.Privacy;
using CoproBot.Tests.Discord;
using CoproBot.Tests.Group;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace CoproBot.Tests.Templates;

/// <summary>A template at the limits (20 steps of 500 characters) previewed, edited and exported fits Discord's messages and Teams' 28 KB.</summary>
public sealed class TemplateReplySizeTests
{
    private const string Name = "Largest check-in";
    private const int TeamsMaxBytes = 28 * 1024;

    [Fact]
    public async Task OnDiscordEveryReplyAboutTheLargestTemplateKeepsDiscordsLimits()
    {
        await using var bot = await DiscordTemplateTests.StartAsync();
        await KeepLargestAsync(bot.Services, PersonalDataIndex.PersonKey("discord", Interactions.UserId));
        var turns = new DiscordTurns(bot);

        // DiscordTurns checks every message against Discord's limits; nothing of the template may be cut to fit.
        var preview = DiscordTurns.Words(await turns.TurnAsync(Interactions.Command("template", "preview", ("name", Name)), Step(19)));
        Assert.All(Enumerable.Range(0, 20), i => Assert.Contains(Step(i), preview, StringComparison.Ordinal));
        await turns.TurnAsync(Interactions.Command("template", "edit", ("name", Name)), Step(19));
        await turns.TurnAsync(Interactions.ModalSubmit("copro:text", "answer", "done"), "saved as it is");
        var exported = await turns.TurnAsync(Interactions.Command("template", "export", ("name", Name)), Step(19));
        Assert.All(Enumerable.Range(0, 20), i => Assert.Contains(Step(i), DiscordTurns.Words(exported), StringComparison.Ordinal));
        Assert.True(turns.Seen.Count > 3);
    }

    [Fact]
    public async Task OnTeamsEveryReplyAboutTheLargestTemplateIsUnder28KB()
    {
        await using var host = await TemplateConversationTests.StartAsync("sqlite");
        await KeepLargestAsync(host.Services, PersonalDataIndex.PersonKey("msteams", TeamsChannel.IdOf("Alex")));

        foreach (var (said, expected) in new[] { ("preview template " + Name, Step(19)), ("edit template " + Name, Step(19)), ("done", "saved as it is"), ("export template " + Name, Step(19)) })
        {
            host.Connector.Drain();
            using var response = await host.PostActivityAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, "a:alex-personal", said, TeamsChannel.IdOf("Alex"), "Alex"));
            response.EnsureSuccessStatusCode();
            var sent = host.Connector.Drain().Where(r => r.Activity.Type == ActivityTypes.Message).Select(r => r.Activity).ToList();
            Assert.Contains(expected, string.Join("\n", sent.Select(a => JsonConvert.SerializeObject(a, Formatting.None))).Replace("\\\"", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.All(sent, activity =>
            {
                var bytes = Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(activity, Formatting.None));
                Assert.True(bytes <= TeamsMaxBytes, $"\"{said}\" sent {bytes} bytes, over Teams' {TeamsMaxBytes}.");
            });
        }
    }

    // Each step is 500 characters with accents and quotes, which grow when written as UTF-8 JSON, and ends in its number.
    private static string Step(int index)
    {
        var end = $" (step {index + 1:00})";
        var words = new StringBuilder();
        while (words.Length < 500 - end.Length)
        {
            words.Append("Qu'a-t-on appris de l'équipe « de nuit » ? ");
        }

        return words.ToString()[..(500 - end.Length)].TrimEnd().PadRight(500 - end.Length, 'é') + end;
    }

    private static async Task KeepLargestAsync(IServiceProvider services, string person)
    {
        var store = services.GetRequiredService<TemplateStore>();
        var template = new ReflectionTemplate
        {
            Id = store.NewId(),
            Name = Name,
            Questions = [.. Enumerable.Range(0, 10).Select(Step)],
            Principles = [.. Enumerable.Range(10, 10).Select(Step)],
        };
        Assert.Equal(TemplateRules.MaxSteps, template.StepCount);
        Assert.All(template.Questions.Concat(template.Principles), step => Assert.Equal(TemplateRules.MaxStepLength, step.Length));
        var saved = await store.CreateAsync(person, template, services.GetRequiredService<KnowledgeCatalog>().Current.Knowledge, CancellationToken.None);
        Assert.True(saved.Succeeded);
    }
}
