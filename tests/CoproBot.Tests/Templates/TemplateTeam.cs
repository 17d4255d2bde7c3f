using CoproBot.Tests.Group;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace CoproBot.Tests.Templates;

/// <summary>A Teams team for template tests: each person's personal chat with the bot, and one channel of the team.</summary>
internal sealed class TemplateTeam(BotHost host)
{
    public TeamsChannel Channel { get; } = new(host, "19:templates@thread.tacv2");

    public BotHost Host => host;

    /// <summary>Says something in the person's personal chat and returns every reply's words (a card's by its fallback text).</summary>
    public async Task<string> PersonalAsync(string name, string text)
    {
        var replies = await host.PostAsync(TeamsActivities.Personal(host.Connector.ServiceUrl, "a:" + name.ToLowerInvariant() + "-personal", text, TeamsChannel.IdOf(name), name));
        return string.Join("\n---\n", replies);
    }

    /// <summary>Says something in the team's channel and returns every reply's words.</summary>
    public async Task<string> ChannelAsync(string name, string text) =>
        string.Join("\n---\n", (await Channel.SayAsync(name, text)).Select(TeamsChannel.TextOf));

    /// <summary>Makes "Ward 3 check-in" in Alex's personal chat: built on ESTHER, two questions of its own, two of ESTHER's principles and one of its own.</summary>
    public async Task<string> MakeWardCheckInAsync(string author = "Alex")
    {
        Assert.Contains("What shall we call it?", await PersonalAsync(author, "new template"), StringComparison.Ordinal);
        Assert.Contains("build on one of the cases", await PersonalAsync(author, "Ward 3 check-in"), StringComparison.Ordinal);
        Assert.Contains("ESTHER's own questions", await PersonalAsync(author, "ESTHER"), StringComparison.Ordinal);
        Assert.Contains("principles people will rate", await PersonalAsync(author, "What matters most to the people we serve?\nWho is missing from the room?"), StringComparison.Ordinal);
        return await PersonalAsync(author, "1, 2\nEveryone is heard");
    }

    public static string JsonIn(string reply)
    {
        var start = reply.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        return reply[start..reply.IndexOf("\n```", start, StringComparison.Ordinal)];
    }

    public static bool IsMessage(Activity activity) => activity.Type == ActivityTypes.Message;
}
