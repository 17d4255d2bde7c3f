using System.Globalization;
using System.Text;
using CoproBot.Dialogs.Prompts;
using CoproBot.Dialogs.Understanding;
using CoproBot.Storage.Privacy;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Dialogs.Reflection;

/// <summary>"my reflections", "open reflection 2" and "export": a person's own completed reflections, shown only to them.</summary>
internal sealed class ReflectionLibrary(ReflectionArchive archive)
{
    private static readonly NumberPrompt Numbers = new("reflection-number") { ReadFractionsAsScores = false };

    public static bool Asks(Meaning meaning) => meaning.Kind is MeaningKind.ListReflections or MeaningKind.OpenReflection or MeaningKind.ExportReflection;

    public async Task AnswerAsync(ITurnContext turnContext, Meaning meaning, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;

        // In a group, everyone would see them; the summary at the end of a reflection is the only exception, as its author just wrote it there.
        if (activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "groupChat" or "channel")
        {
            await turnContext.SendActivityAsync(ReflectionMessages.OnlyInPrivate, cancellationToken: cancellationToken);
            return;
        }

        var person = PersonalDataIndex.PersonKey(activity.ChannelId, activity.From.Id);
        if (meaning.Kind == MeaningKind.OpenReflection && Number(meaning.Argument, activity.Locale) is { } number)
        {
            var found = await archive.FindAsync(person, number, cancellationToken);
            await turnContext.SendActivityAsync(found is null ? Text($"I can't find reflection {number}. Say \"my reflections\" to see yours.") : Document(found), cancellationToken);
            return;
        }

        var all = await archive.ListAsync(person, cancellationToken);
        if (all.Count == 0)
        {
            await turnContext.SendActivityAsync(ReflectionMessages.NoReflections + " (For a copy of everything I keep about you, say \"export my data\".)", cancellationToken: cancellationToken);
        }
        else if (meaning.Kind == MeaningKind.ExportReflection)
        {
            await turnContext.SendActivityAsync(Document(all[^1]), cancellationToken);
        }
        else
        {
            var list = new StringBuilder("Your reflections:\n");
            foreach (var reflection in all)
            {
                list.Append(CultureInfo.InvariantCulture, $"{reflection.Number}. {reflection.CaseName}, {reflection.Completed:d MMMM yyyy}\n");
            }

            list.Append(CultureInfo.InvariantCulture, $"\nSay \"open reflection {all[^1].Number}\" to see one again.");
            await turnContext.SendActivityAsync(Text(list.ToString()), cancellationToken);
        }
    }

    private static int? Number(string? words, string? locale) =>
        Numbers.Read(words, locale) is { } n && n is >= 1 and <= int.MaxValue && n == Math.Floor(n) ? (int)n : null;

    private static Activity Document(ArchivedReflection reflection)
    {
        var message = MessageFactory.Text(reflection.Markdown);
        message.TextFormat = "markdown";
        return message;
    }

    private static Activity Text(string text) => MessageFactory.Text(text);
}
