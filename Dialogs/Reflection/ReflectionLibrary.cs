using System.Text;
using CoproBot.Dialogs.Languages;
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
        var say = TurnLanguage.Of(turnContext);

        // In a group, everyone would see them; the summary at the end of a reflection is the only exception, as its author just wrote it there.
        if (activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "groupChat" or "channel")
        {
            await turnContext.SendActivityAsync(say[Phrase.ReflectionOnlyInPrivate], cancellationToken: cancellationToken);
            return;
        }

        var person = PersonalDataIndex.PersonKey(activity.ChannelId, activity.From.Id);
        if (meaning.Kind == MeaningKind.OpenReflection && Number(meaning.Argument, activity.Locale) is { } number)
        {
            var found = await archive.FindAsync(person, number, cancellationToken);
            await turnContext.SendActivityAsync(found is null ? Text(say.Format(Phrase.ReflectionNotFound, number)) : Document(found), cancellationToken);
            return;
        }

        var all = await archive.ListAsync(person, cancellationToken);
        if (all.Count == 0)
        {
            await turnContext.SendActivityAsync(say[Phrase.ReflectionNoReflections] + say[Phrase.ReflectionNoReflectionsExport], cancellationToken: cancellationToken);
        }
        else if (meaning.Kind == MeaningKind.ExportReflection)
        {
            await turnContext.SendActivityAsync(Document(all[^1]), cancellationToken);
        }
        else
        {
            var list = new StringBuilder(say[Phrase.ReflectionList]);
            foreach (var reflection in all)
            {
                list.Append(say.Format(Phrase.ReflectionListItem, reflection.Number, reflection.CaseName, reflection.Completed));
            }

            list.Append(say.Format(Phrase.ReflectionListOpen, all[^1].Number));
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
