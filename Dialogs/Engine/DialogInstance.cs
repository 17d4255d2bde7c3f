using Newtonsoft.Json;

namespace CoproBot.Dialogs.Engine;

/// <summary>One running dialog on a stack: which dialog, which shape of it, and its own state.</summary>
/// <remarks>
/// State holds JSON texts rather than JSON values: Bot Framework storage re-parses state with
/// Newtonsoft's date detection on, which would turn a user's answer such as "2026-11-12" into a date.
/// A JSON text inside a string survives every such round trip unchanged.
/// </remarks>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public required string Version { get; init; }

    /// <summary>The options the dialog was started with, as JSON text, so it can be restarted the same way.</summary>
    public string? Options { get; init; }

    public Dictionary<string, string> State { get; } = new(StringComparer.Ordinal);

    /// <summary>Typed access to <see cref="State"/>.</summary>
    [JsonIgnore]
    public DialogValues Values => new(State, string.Empty);
}
