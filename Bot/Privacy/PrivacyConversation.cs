using System.Globalization;
using System.Text;
using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Conversation;
using CoproBot.Bot.Privacy.Export;
using CoproBot.Dialogs.Group;
using CoproBot.Dialogs.Reflection;
using CoproBot.Dialogs.Reminders;
using CoproBot.Dialogs.Replies;
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
    PersonalDataIndex index, ITableStore store, SessionPrivacy groups, PersonalDataExport export, MeaningReader reader, TimeProvider time)
{
    public const string PendingTable = "forgetreq";
    public const string Forgotten = "Done. I've deleted everything I kept about you. If you talk to me again, I'll start afresh.";
    public const string KeptEverything = "All right, I haven't deleted anything.";
    public const string AskInPersonalChat =
        "I couldn't send that to you privately here. Say \"my data\" or \"export my data\" to me in a personal chat and I'll answer there.";

    private static readonly string[] ConfirmChoices = ["Yes, forget me", "No, keep it"];
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
        switch (meaning.Kind)
        {
            case MeaningKind.MyData:
                var led = await groups.CountLedAsync(activity.ChannelId, activity.From.Id, cancellationToken);
                await SendPrivatelyAsync(turnContext, [await SummaryAsync(person, led, cancellationToken)], cancellationToken);
                return true;
            // A bare "export" is left to reflections, whose summary offers it.
            case MeaningKind.ExportMyData or MeaningKind.ExportMyDataAsJson:
                var document = await export.BuildAsync(activity.ChannelId, activity.From.Id, cancellationToken);
                var rendered = meaning.Kind == MeaningKind.ExportMyData ? ExportMarkdown.Render(document) : "```json\n" + ExportJson.Render(document) + "\n```";
                await SendPrivatelyAsync(turnContext, ExportMessages.Split(rendered), cancellationToken);
                return true;
            case MeaningKind.ForgetMe:
                await index.RecordAsync(person, PendingTable, person, "pending", cancellationToken);
                await store.UpsertAsync(PendingTable, person, "pending", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), cancellationToken);
                await turnContext.SendActivityAsync(
                    MessageFactory.SuggestedActions(
                        ConfirmChoices,
                        "This deletes everything I keep about you: your reflections, reminders, contributions and our conversation's progress, and takes your name off any group session you lead. It can't be undone. Shall I go ahead?",
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
            await turnContext.SendActivityAsync(yes ? "That request has expired, so I haven't deleted anything. Say \"forget me\" again if you'd like me to." : KeptEverything, cancellationToken: cancellationToken);
            return true;
        }

        // A session they lead goes on without them: its control state is shared, so it is cleared of them, not deleted.
        await groups.ForgetFacilitatorAsync(activity.ChannelId, activity.From.Id, cancellationToken);
        await index.ForgetAsync(person, cancellationToken);
        TurnOutbox.MarkForgotten(turnContext);
        await turnContext.SendActivityAsync(Forgotten, cancellationToken: cancellationToken);
        return true;
    }

    private async Task<string> SummaryAsync(string person, int sessionsLed, CancellationToken cancellationToken)
    {
        var records = await index.FindAsync(person, cancellationToken);
        if (records.Count == 0 && sessionsLed == 0)
        {
            return "I don't keep anything about you at the moment.";
        }

        var text = new StringBuilder("Here's what I keep about you:\n");
        foreach (var group in records.GroupBy(r => r.Table).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {Describe(group.Key)}: {group.Count()}");
        }

        if (sessionsLed > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- group sessions you lead (your id, and your name unless the session is anonymous, so the group knows who facilitates): {sessionsLed}");
        }

        text.Append("\nSay \"export my data\" for a full copy, or \"forget me\" to delete it all.");
        return text.ToString();
    }

    private static async Task SendPrivatelyAsync(ITurnContext turnContext, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        await turnContext.SendRepliesAsync(texts.Select(text => new Reply(text) { Private = true, InChannel = AskInPersonalChat }), cancellationToken);
    }

    private static string Describe(string table) => table switch
    {
        "botstate" => "conversation progress",
        "convrefs" => "how to reach you for reminders",
        WelcomeLedger.Table => "when I first greeted you in a conversation",
        PendingTable => "a pending request to forget you",
        GroupSessionStore.ContributionTable => "your contributions and ratings in group sessions",
        GroupSessionStore.ParticipantTable => "group sessions you took part in",
        GroupSessionStore.ParkingTable => "topics you parked in group sessions",
        GroupSessionStore.OwnerTable => "parked topics you volunteered to own",
        ReflectionArchive.Table => "your completed reflections",
        ReminderBook.Table => "reminders to continue a reflection",
        ReminderBook.DueTable => "when your reminders fall due",
        _ => table,
    };
}
