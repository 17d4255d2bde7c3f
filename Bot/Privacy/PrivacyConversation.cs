using System.Globalization;
using System.Text;
using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Conversation;
using CoproBot.Bot.Privacy.Export;
using CoproBot.Dialogs.Group;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Reminders;
using CoproBot.Dialogs.Replies;
using CoproBot.Dialogs.Templates;
using CoproBot.Dialogs.Understanding;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Tables;
using Microsoft.Bot.Builder;

namespace CoproBot.Bot.Privacy;

/// <summary>"my data", "export my data" and "forget me": a person sees, takes and deletes what CoproBot keeps about them.</summary>
/// <remarks>
/// What is shown about a person goes to them alone: in a Teams channel or group chat as a targeted message (else a
/// personal chat), on Discord as an ephemeral message. Where neither can be sent, the channel gets only a pointer to
/// a personal chat, never the data.
/// </remarks>
public sealed class PrivacyConversation(
    PersonalDataIndex index, ITableStore store, SessionPrivacy groups, PersonalDataExport export, MeaningReader reader, LanguageChoice languages, TemplateStore templates, TimeProvider time)
{
    public const string PendingTable = "forgetreq";
    private static readonly TimeSpan ConfirmationWindow = TimeSpan.FromMinutes(10);

    /// <summary>Handles the turn if it is about the person's data; false lets the rest of the bot have it.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="meaning">What the message means with nothing waiting.</param>
    /// <param name="text">The words, read again as the answer to "Shall I go ahead?" when a request to forget is pending.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, Meaning meaning, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meaning);
        var activity = turnContext.Activity;
        var person = PersonalDataRecorder.PersonOf(activity);
        var say = TurnLanguage.Of(turnContext);
        switch (meaning.Kind)
        {
            case MeaningKind.MyData:
                var led = await groups.CountLedAsync(activity.ChannelId, activity.From.Id, cancellationToken);
                await SendPrivatelyAsync(turnContext, [await SummaryAsync(turnContext, say, person, led, cancellationToken)], cancellationToken);
                return true;
            // A bare "export" is left to reflections, whose summary offers it.
            case MeaningKind.ExportMyData or MeaningKind.ExportMyDataAsJson:
                var document = await export.BuildAsync(activity.ChannelId, activity.From.Id, say, cancellationToken);
                var rendered = meaning.Kind == MeaningKind.ExportMyData ? ExportMarkdown.Render(document) : "```json\n" + ExportJson.Render(document) + "\n```";
                await SendPrivatelyAsync(turnContext, ExportMessages.Split(rendered, say), cancellationToken);
                return true;
            case MeaningKind.ForgetMe:
                await index.RecordAsync(person, PendingTable, person, "pending", cancellationToken);
                await store.UpsertAsync(PendingTable, person, "pending", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), cancellationToken);
                await turnContext.SendActivityAsync(
                    MessageFactory.SuggestedActions(
                        [say[Phrase.PrivacyConfirmYes], say[Phrase.PrivacyConfirmNo]],
                        say[Phrase.PrivacyConfirmForget],
                        ssml: null,
                        inputHint: null,
                        toList: null),
                    cancellationToken);
                return true;
        }

        // Only a yes or a no can answer a pending request, so other messages never pay for the look-up. Deleting
        // everything takes a certain yes, the whole message: "right, what are ESTHER's principles?" is no yes.
        var answer = reader.ReadCertain(text, new MessageContext(Awaiting.Confirmation, Locale: activity.Locale));
        var yes = answer?.Kind == MeaningKind.Yes;
        if (answer?.Kind is not (MeaningKind.Yes or MeaningKind.No)
            || await store.GetAsync(PendingTable, person, "pending", cancellationToken) is not { } pending)
        {
            return false;
        }

        var asked = DateTimeOffset.Parse(pending.Data, CultureInfo.InvariantCulture);
        await store.DeleteAsync(PendingTable, person, "pending", null, cancellationToken);
        if (!yes || time.GetUtcNow() - asked > ConfirmationWindow)
        {
            // The request is answered, so it is no longer kept about them, nor named.
            await index.RemoveDeletedAsync(person, PendingTable, person, "pending", cancellationToken);
            await turnContext.SendActivityAsync(say[yes ? Phrase.PrivacyExpired : Phrase.PrivacyKeptEverything], cancellationToken: cancellationToken);
            return true;
        }

        // A session they lead goes on without them: its control state is shared, so it is cleared of them, not deleted.
        await groups.ForgetFacilitatorAsync(activity.ChannelId, activity.From.Id, cancellationToken);
        await index.ForgetAsync(person, cancellationToken);
        TurnOutbox.MarkForgotten(turnContext);
        await turnContext.SendActivityAsync(say[Phrase.PrivacyForgotten], cancellationToken: cancellationToken);
        return true;
    }

    private async Task<string> SummaryAsync(ITurnContext turnContext, Language say, string person, int sessionsLed, CancellationToken cancellationToken)
    {
        var records = await index.FindAsync(person, cancellationToken);
        if (records.Count == 0 && sessionsLed == 0)
        {
            return say[Phrase.PrivacyNothingKept];
        }

        var text = new StringBuilder(say[Phrase.PrivacyHeresWhat]);
        foreach (var group in records.GroupBy(r => r.Table).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(say.Format(Phrase.PrivacyItem, Describe(say, group.Key), group.Count()));
        }

        if (sessionsLed > 0)
        {
            text.AppendLine(say.Format(Phrase.PrivacyItem, say[Phrase.PrivacySessionsLed], sessionsLed));
        }

        // Templates are named, since a count alone would not say which ones carry their name.
        if (await templates.AuthoredAsync(person, cancellationToken) is { Count: > 0 } authored)
        {
            text.Append(say.Format(Phrase.TemplatePrivacyNames, string.Join(", ", authored.Select(t => t.Template.Name))));
        }

        // The choice is kept in the conversation's state row counted above; it is named here so the person sees it.
        if (await languages.ChosenAsync(turnContext, cancellationToken) is { } chosen)
        {
            text.AppendLine(say.Format(Phrase.PrivacyLanguage, chosen.Name));
        }

        text.Append(say[Phrase.PrivacyFooter]);
        return text.ToString();
    }

    private static async Task SendPrivatelyAsync(ITurnContext turnContext, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var pointer = TurnLanguage.Of(turnContext)[Phrase.PrivacyAskInPersonalChat];
        await turnContext.SendRepliesAsync(texts.Select(text => new Reply(text) { Private = true, InChannel = pointer }), cancellationToken);
    }

    private static string Describe(Language say, string table) => table switch
    {
        "botstate" => say[Phrase.PrivacyTableBotState],
        "convrefs" => say[Phrase.PrivacyTableReferences],
        WelcomeLedger.Table => say[Phrase.PrivacyTableWelcomes],
        PendingTable => say[Phrase.PrivacyTablePending],
        GroupSessionStore.ContributionTable => say[Phrase.PrivacyTableContributions],
        GroupSessionStore.ParticipantTable => say[Phrase.PrivacyTableParticipants],
        GroupSessionStore.ParkingTable => say[Phrase.PrivacyTableParked],
        GroupSessionStore.OwnerTable => say[Phrase.PrivacyTableOwned],
        ReflectionArchive.Table => say[Phrase.PrivacyTableReflections],
        ReminderBook.Table => say[Phrase.PrivacyTableReminders],
        ReminderBook.DueTable => say[Phrase.PrivacyTableDue],
        TemplateStore.Table => say[Phrase.TemplatePrivacyDrafts],
        TemplateStore.AuthorTable => say[Phrase.TemplatePrivacyAuthored],
        _ => table,
    };
}
