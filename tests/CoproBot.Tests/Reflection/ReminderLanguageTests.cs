using CoproBot.Bot.Reflection;
using CoproBot.Dialogs.Languages;
using CoproBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Reflection;

/// <summary>A reminder has no message of its own to take a language from: it speaks the one the person chose, else the one they paused in.</summary>
public sealed class ReminderLanguageTests
{
    [Fact]
    public async Task SomeoneWhoChoseFrenchOnAnEnglishClientIsRemindedInFrench()
    {
        var clock = new FakeTimeProvider(ReflectionHost.Start);
        await using var host = await ReflectionHost.StartAsync(clock);
        Assert.Equal([Language.French[Phrase.LanguageChosen]], await SayAsync(host, "français"));
        Assert.StartsWith("Réfléchissons au **cas 1 : ESTHER**", (await SayAsync(host, "reflect on ESTHER"))[0], StringComparison.Ordinal);
        Assert.StartsWith("J'ai mis en pause votre réflexion sur ESTHER", (await SayAsync(host, "pause, remind me in two hours"))[0], StringComparison.Ordinal);

        var (due, question) = await RemindedAsync(host, clock);

        Assert.Equal(Language.French.Format(Phrase.ReflectionReminderDue, "ESTHER"), due);
        Assert.StartsWith("Question 1 sur 3 :", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWritingFrenchOnAnEnglishClientIsRemindedInFrenchAndTheirTimeIsReadAsFrench()
    {
        var clock = new FakeTimeProvider(ReflectionHost.Start);
        await using var host = await ReflectionHost.StartAsync(clock);
        await SayAsync(host, "je voudrais réfléchir sur ESTHER s'il vous plaît");

        // On an English client "à 22 h" would be read by the English recognizer, which does not read it at all.
        var paused = (await SayAsync(host, "on fait une pause, rappelle-moi à 22 h s'il te plaît"))[0];
        Assert.StartsWith("J'ai mis en pause votre réflexion sur ESTHER et je vous la rappellerai le dimanche 29 novembre à 22:00", paused, StringComparison.Ordinal);

        var (due, question) = await RemindedAsync(host, clock);

        Assert.Equal(Language.French.Format(Phrase.ReflectionReminderDue, "ESTHER"), due);
        Assert.StartsWith("Question 1 sur 3 :", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWritingEnglishIsRemindedInEnglish()
    {
        var clock = new FakeTimeProvider(ReflectionHost.Start);
        await using var host = await ReflectionHost.StartAsync(clock);
        await SayAsync(host, "reflect on ESTHER");
        await SayAsync(host, "pause, remind me at 22:00");

        var (due, question) = await RemindedAsync(host, clock);

        Assert.Equal(Language.English.Format(Phrase.ReflectionReminderDue, "ESTHER"), due);
        Assert.Equal("Question 1 of 3: What is best for, or important to, Esther?", question);
    }

    private static async Task<List<string>> SayAsync(BotHost host, string text)
    {
        host.Connector.Drain();
        var activity = Activities.Message(host.Connector.ServiceUrl, "conv-reminder-language", text, "reminded-person");
        activity["locale"] = "en-US";
        (await host.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        return BotHostReplies.Messages(host);
    }

    private static async Task<(string Due, string Question)> RemindedAsync(BotHost host, FakeTimeProvider clock)
    {
        host.Connector.Drain();
        // The host's own sweep may send it as the clock moves on, if its timer is already waiting; a sweep run here
        // sends it otherwise. Either way it goes once, as reminders are claimed before they are sent.
        clock.Advance(TimeSpan.FromHours(14));
        await host.Services.GetRequiredService<ReminderScheduler>().SendDueAsync(CancellationToken.None);
        return ((await host.Connector.NextMessageAsync()).Text, (await host.Connector.NextMessageAsync()).Text);
    }
}
