using System.Globalization;
using System.Text.Json;
using CoproBot.Storage.Privacy;
using CoproBot.Storage.Tables;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Each person's completed reflections, numbered, in their own partition and named in the personal data index.</summary>
public sealed class ReflectionArchive(ITableStore store, PersonalDataIndex index)
{
    public const string Table = "reflections";
    private const int MaxNumberingAttempts = 5;

    public async Task<ArchivedReflection> SaveAsync(string person, string caseId, string caseName, DateTimeOffset completed, string markdown, CancellationToken cancellationToken)
    {
        var number = (await ListAsync(person, cancellationToken)).Select(r => r.Number).DefaultIfEmpty(0).Max() + 1;
        for (var attempt = 0; ; attempt++, number++)
        {
            var reflection = new ArchivedReflection(number, caseId, caseName, completed, markdown);
            var rowKey = RowKey(number);

            // Named before it is written, so a crash between the two leaves nothing out of reach of "forget me"; a name
            // taken by a number another reflection of theirs won names that one, which is theirs too.
            await index.RecordAsync(person, Table, person, rowKey, cancellationToken);

            // Insert-if-absent, so a reflection finished at the same moment elsewhere takes the next number rather than this one.
            var written = await store.InsertAsync(Table, person, rowKey, JsonSerializer.Serialize(reflection), cancellationToken);
            if (written.Succeeded)
            {
                return reflection;
            }

            if (attempt >= MaxNumberingAttempts)
            {
                throw new InvalidOperationException("Could not number a completed reflection.");
            }
        }
    }

    public async Task<IReadOnlyList<ArchivedReflection>> ListAsync(string person, CancellationToken cancellationToken)
    {
        var list = new List<ArchivedReflection>();
        await foreach (var row in store.QueryPartitionAsync(Table, person, cancellationToken))
        {
            if (JsonSerializer.Deserialize<ArchivedReflection>(row.Data) is { } reflection)
            {
                list.Add(reflection);
            }
        }

        return [.. list.OrderBy(r => r.Number)];
    }

    public async Task<ArchivedReflection?> FindAsync(string person, int number, CancellationToken cancellationToken)
    {
        var row = await store.GetAsync(Table, person, RowKey(number), cancellationToken);
        return row is null ? null : JsonSerializer.Deserialize<ArchivedReflection>(row.Data);
    }

    private static string RowKey(int number) => number.ToString("D6", CultureInfo.InvariantCulture);
}
