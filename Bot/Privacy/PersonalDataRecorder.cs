using CoproBot.Bot.Conversation;
using CoproBot.Bot.Proactive;
using CoproBot.Bot.State;
using CoproBot.Storage.Privacy;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Privacy;

/// <summary>Indexes what the host itself stores about a person: their private state and their one-to-one conversations.</summary>
/// <remarks>
/// Naming the same records on every turn would cost up to five writes a turn; remembering in memory that they were
/// named is wrong as soon as another instance forgets the person. So the turn asks the person's own state row, which
/// it has read already: a <see cref="PersonalRecordsMark"/> there means this conversation's records are named (the
/// mark goes with them when the person is forgotten). The common turn makes no call here at all; the first turn in a
/// conversation, and the first after a forget on any instance, names everything and sets the mark.
/// </remarks>
public sealed class PersonalDataRecorder(PersonalDataIndex index, ConversationReferenceStore references, PrivateConversationState state)
{
    private readonly IStatePropertyAccessor<PersonalRecordsMark> _mark = state.CreateProperty<PersonalRecordsMark>(PersonalRecordsMark.Property);

    public async Task RecordTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.From?.Id is not { Length: > 0 } || activity.Conversation?.Id is null)
        {
            return;
        }

        var oneToOne = IsOneToOne(activity);
        var reference = oneToOne && activity.ServiceUrl is not null ? ConversationReferenceStore.Describe(activity) : null;
        var fingerprint = reference is null ? null : PersonalRecordsMark.Fingerprint(reference);
        var mark = await _mark.GetAsync(turnContext, () => new PersonalRecordsMark(), cancellationToken);
        if (mark.Named == PersonalRecordsMark.CurrentVersion && (reference is null || mark.Reference == fingerprint))
        {
            return;
        }

        // Named before they are written: the state row is written when the turn ends, the reference just below.
        var person = PersonOf(activity);
        if (mark.Named != PersonalRecordsMark.CurrentVersion)
        {
            await index.RecordAsync(person, TableBotStorage.Table, PrivateStateKey(activity), TableBotStorage.RowKey, cancellationToken);
            if (oneToOne)
            {
                // A one-to-one conversation is the person's own: its state and how to reach it go with them.
                await index.RecordAsync(person, TableBotStorage.Table, ConversationStateKey(activity), TableBotStorage.RowKey, cancellationToken);
                await index.RecordAsync(person, ConversationReferenceStore.Table, activity.ChannelId, activity.Conversation.Id, cancellationToken);
                await index.RecordAsync(person, WelcomeLedger.Table, activity.ChannelId, activity.Conversation.Id, cancellationToken);
            }
        }

        if (reference is not null && mark.Reference != fingerprint)
        {
            await references.StoreAsync(activity.ChannelId, activity.Conversation.Id, reference, cancellationToken);
        }

        // Saved with the turn's state; a turn that saves nothing leaves it for the next turn to set again.
        await _mark.SetAsync(turnContext, new PersonalRecordsMark { Named = PersonalRecordsMark.CurrentVersion, Reference = fingerprint }, cancellationToken);
    }

    public static string PersonOf(IActivity activity) => PersonalDataIndex.PersonKey(activity.ChannelId, activity.From.Id);

    public static bool IsOneToOne(IActivity activity) =>
        activity.Conversation.IsGroup != true && activity.Conversation.ConversationType is null or "personal";

    // The keys Bot Framework's ConversationState and PrivateConversationState use.
    private static string ConversationStateKey(Activity activity) => $"{activity.ChannelId}/conversations/{activity.Conversation.Id}";

    private static string PrivateStateKey(Activity activity) => $"{activity.ChannelId}/conversations/{activity.Conversation.Id}/users/{activity.From.Id}";
}
