using CoproBot.Tests.Infrastructure;
using CoproBot.Tests.Templates;

namespace CoproBot.Tests.Discord;

/// <summary>A team's own template on Discord, through <c>/copro template …</c>, modals and buttons, to a group session and back through JSON.</summary>
public sealed class DiscordTemplateTests
{
    private const string Name = "Ward 3 check-in";

    [Fact]
    public async Task ATemplateIsMadeListedPreviewedSharedFacilitatedExportedAndImportedOnDiscord()
    {
        await using var bot = await StartAsync();
        var turns = new DiscordTurns(bot);

        // A modal can only be the first answer, within Discord's deadline: a first turn on a cold host warms it, so a
        // busy machine's start-up is not what is measured. Its answer may come deferred; the turn waits for its words.
        await turns.TurnAsync(Interactions.Command("ask", ("question", "help")), "Here's what I can do");

        // Made step by step: the name in the modal the command opens, the case by its button, the lines in modals.
        var asked = await turns.TurnAsync(Interactions.Command("template", "new"), "What shall we call it?");
        Assert.Equal(9, (int)asked[0]["type"]!);
        var caseAsked = await turns.TurnAsync(Interactions.ModalSubmit((string)asked[0]["data"]!["custom_id"]!, "answer", Name), "build on one of the cases");
        await turns.PressAsync(caseAsked, "ESTHER", "ESTHER's own questions");
        await turns.TurnAsync(Interactions.ModalSubmit("copro:text", "answer", "What matters most to the people we serve?\nWho is missing from the room?"), "principles people will rate");
        var made = DiscordTurns.Words(await turns.TurnAsync(Interactions.ModalSubmit("copro:text", "answer", "1, 2\nEveryone is heard"), "(your draft: only you can see it)"));
        Assert.Contains("**Ward 3 check-in** (your draft: only you can see it), built on ESTHER", made, StringComparison.Ordinal);

        Assert.Contains("- Ward 3 check-in: 2 questions, 3 principles", DiscordTurns.Words(await turns.TurnAsync(Interactions.Command("template", "list"), Name)), StringComparison.Ordinal);
        Assert.Contains("5. Everyone is heard", DiscordTurns.Words(await turns.TurnAsync(Interactions.Command("template", "preview", ("name", Name)), "Everyone is heard")), StringComparison.Ordinal);
        await turns.TurnAsync(Interactions.Command("template", "share", ("name", Name)), "is now the team's");

        // Someone else in the server facilitates it: the session asks the template's first question.
        var started = DiscordTurns.Words(await turns.TurnAsync(As("1400000000000000044", Interactions.Command("ask", ("question", "facilitate " + Name + " open"))), "What matters most to the people we serve?"));
        Assert.Contains("Let's reflect together on **Ward 3 check-in**", started, StringComparison.Ordinal);
        await turns.TurnAsync(As("1400000000000000044", Interactions.Command("ask", ("question", "end"))), Name);

        // Exported, deleted, imported back through the import box: the same JSON.
        var exported = TemplateTeam.JsonIn(DiscordTurns.Words(await turns.TurnAsync(Interactions.Command("template", "export", ("name", Name)), "```json")));
        var file = Assert.Single((await UploadAsync(bot)).Files);
        Assert.Equal(("ward-3-check-in.json", "application/json"), (file.FileName, file.ContentType));
        Assert.Equal(exported, System.Text.Encoding.UTF8.GetString(file.Bytes));
        await turns.TurnAsync(Interactions.Command("template", "delete", ("name", Name)), "I've deleted the template");
        var box = (await turns.TurnAsync(Interactions.Command("template", "import"), "4,000 characters"))[0];
        Assert.Equal(9, (int)box["type"]!);
        Assert.Equal("copro:import", (string)box["data"]!["custom_id"]!);
        await turns.TurnAsync(Interactions.ModalSubmit("copro:import", "answer", exported), "I've imported **Ward 3 check-in**");
        Assert.Equal(exported, TemplateTeam.JsonIn(DiscordTurns.Words(await turns.TurnAsync(Interactions.Command("template", "export", ("name", Name)), "```json"))));
    }

    // The file follows the words as one more message through the webhook.
    private static async Task<DiscordCall> UploadAsync(DiscordBot bot)
    {
        while (true)
        {
            var call = await bot.Api.NextAsync(TimeSpan.FromSeconds(10));
            if (call.Files.Count > 0)
            {
                return call;
            }
        }
    }

    internal static Task<DiscordBot> StartAsync() => DiscordBot.StartAsync(settings: new Dictionary<string, string?>
    {
        ["RateLimits:MessagesPerPersonPerMinute"] = "1000",
        ["RateLimits:MessagesPerConversationPerMinute"] = "1000",
    });

    private static Dictionary<string, object?> As(string userId, Dictionary<string, object?> interaction)
    {
        interaction["member"] = new { user = new { id = userId, username = "sam", global_name = "Sam", discriminator = "0" }, roles = Array.Empty<string>() };
        return interaction;
    }
}
