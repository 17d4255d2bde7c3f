using System.Text;
using CoproBot.Bot.State;
using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Reflection;
using CoproBot.Storage.Tables;
using Newtonsoft.Json.Linq;

namespace CoproBot.LoadBench;

/// <summary>The bot state a scenario's conversations left in the store, as the bot itself stored it.</summary>
/// <param name="Conversations">The conversations looked for.</param>
/// <param name="Rows">State rows found for them: conversation state and each person's private state.</param>
/// <param name="AverageBytes">UTF-8 bytes of stored data per conversation, all its rows together, on average.</param>
/// <param name="MaxBytes">The same for the conversation with the most.</param>
/// <param name="ReflectionSteps">Each conversation's reflection: the step it waits on, or absent when it has none.</param>
public sealed record StoredState(int Conversations, int Rows, double AverageBytes, long MaxBytes, IReadOnlyDictionary<string, int> ReflectionSteps)
{
    private const string ConversationsSegment = "/conversations/";
    private const string UsersSegment = "/users/";

    // The property ReflectionTurns keeps the dialog stack under, in the person's private conversation state.
    private const string ReflectionProperty = "ReflectionDialogState";

    /// <summary>Reads every row of the bot state table and adds up the data of those that belong to <paramref name="conversationIds"/>.</summary>
    public static async Task<StoredState> MeasureAsync(ITableStore store, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(conversationIds);
        var bytes = conversationIds.ToDictionary(id => id, _ => 0L, StringComparer.Ordinal);
        var steps = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        await foreach (var row in store.QueryTableAsync(TableBotStorage.Table, cancellationToken))
        {
            if (ConversationOf(row.PartitionKey) is not { } conversation || !bytes.ContainsKey(conversation))
            {
                continue;
            }

            rows++;
            bytes[conversation] += Encoding.UTF8.GetByteCount(row.Data);
            if (ReflectionStep(row.Data) is { } step)
            {
                steps[conversation] = step;
            }
        }

        return new StoredState(
            bytes.Count,
            rows,
            bytes.Count == 0 ? 0 : bytes.Values.Average(),
            bytes.Count == 0 ? 0 : bytes.Values.Max(),
            steps);
    }

    // Bot Framework's keys: "{channel}/conversations/{conversation}" and "{channel}/conversations/{conversation}/users/{user}".
    private static string? ConversationOf(string key)
    {
        var start = key.IndexOf(ConversationsSegment, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var conversation = key[(start + ConversationsSegment.Length)..];
        var users = conversation.IndexOf(UsersSegment, StringComparison.Ordinal);
        return users < 0 ? conversation : conversation[..users];
    }

    private static int? ReflectionStep(string data) =>
        JObject.Parse(data)[ReflectionProperty]?.ToObject<DialogState>() is { } dialogs
            && ReflectionState.Progress(dialogs) is { } progress
            ? progress.Step
            : null;
}
