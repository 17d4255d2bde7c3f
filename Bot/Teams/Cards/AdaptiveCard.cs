using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Teams.Cards;

/// <summary>A small typed builder for Adaptive Cards 1.5, the version Teams renders for bots.</summary>
/// <remarks>The AdaptiveCards library is not used: the JSON is simple, and building it here keeps it exact.</remarks>
public sealed class AdaptiveCard(string fallbackText)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    /// <summary>Teams refuses cards larger than about 28 KB of payload per message in some clients; 80 KB is the hard limit.</summary>
    public const int MaxBytes = 80 * 1024;

    // Property names, brackets and quotes: generous for the few dozen elements a CoproBot card has.
    private const int StructureAllowance = 16 * 1024;

    private readonly JArray _body = [];
    private readonly JArray _actions = [];

    public string FallbackText { get; } = fallbackText;

    public AdaptiveCard Text(string text, bool bold = false, bool subtle = false, string? size = null)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        _body.Add(block);
        return this;
    }

    /// <summary>A bulleted list, one Markdown item per line, as TextBlock renders lists.</summary>
    public AdaptiveCard Bullets(IEnumerable<string> items) =>
        Text(string.Join("\r", items.Select(i => "- " + i.Replace('\n', ' '))));

    /// <summary>Columns side by side, each a bold heading over a text (Markdown lists allowed).</summary>
    public AdaptiveCard Columns(IEnumerable<(string Heading, string Body)> columns)
    {
        _body.Add(new JObject
        {
            ["type"] = "ColumnSet",
            ["columns"] = new JArray(columns.Select(c => new JObject
            {
                ["type"] = "Column",
                ["width"] = "stretch",
                ["items"] = new JArray(
                    new JObject { ["type"] = "TextBlock", ["text"] = c.Heading, ["wrap"] = true, ["weight"] = "Bolder" },
                    new JObject { ["type"] = "TextBlock", ["text"] = c.Body, ["wrap"] = true }),
            })),
        });
        return this;
    }

    public AdaptiveCard Facts(IEnumerable<(string Title, string Value)> facts)
    {
        _body.Add(new JObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JArray(facts.Select(f => new JObject { ["title"] = f.Title, ["value"] = f.Value })),
        });
        return this;
    }

    public AdaptiveCard TextInput(string id, string placeholder, bool multiline = true, int maxLength = 4000)
    {
        _body.Add(new JObject
        {
            ["type"] = "Input.Text",
            ["id"] = id,
            ["placeholder"] = placeholder,
            ["isMultiline"] = multiline,
            ["maxLength"] = maxLength,
        });
        return this;
    }

    public AdaptiveCard ChoiceInput(string id, IEnumerable<(string Title, string Value)> choices, bool expanded = true)
    {
        _body.Add(new JObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["style"] = expanded ? "expanded" : "compact",
            ["choices"] = new JArray(choices.Select(c => new JObject { ["title"] = c.Title, ["value"] = c.Value })),
        });
        return this;
    }

    /// <summary>Any other element, as its JSON (a chart, say).</summary>
    public AdaptiveCard Element(JObject element)
    {
        _body.Add(element);
        return this;
    }

    /// <summary>A button that sends <paramref name="data"/> back to the bot as the activity's value.</summary>
    public AdaptiveCard Submit(string title, JObject data)
    {
        _actions.Add(new JObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data });
        return this;
    }

    /// <summary>A button that posts <paramref name="text"/> into the chat as if the person had typed it.</summary>
    public AdaptiveCard Say(string title, string text) =>
        Submit(title, new JObject { ["msteams"] = new JObject { ["type"] = "imBack", ["value"] = text } });

    public JObject ToJson() => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["fallbackText"] = FallbackText,
        ["body"] = _body,
        ["actions"] = _actions,
    };

    /// <summary>The card as an attachment, or null when it would be too large for Teams (send the fallback text instead).</summary>
    /// <remarks>
    /// The card is measured exactly only when it might be near the limit: escaping can at most multiply a string's
    /// size by six (a control character becomes \u0000), so a card whose text is well under a sixth of the limit,
    /// with room for its structure, is under it. Most answers are, and are not serialised an extra time.
    /// </remarks>
    public Attachment? ToAttachment(int maxBytes = MaxBytes)
    {
        var json = ToJson();
        var tooLarge = (TextBytes(json) * 6) + StructureAllowance > maxBytes
            && Encoding.UTF8.GetByteCount(json.ToString(Formatting.None)) > maxBytes;
        return tooLarge ? null : new Attachment { ContentType = ContentType, Content = json };
    }

    private static long TextBytes(JToken token) => token switch
    {
        JValue { Type: JTokenType.String } value => Encoding.UTF8.GetByteCount((string)value!),
        JContainer container => container.Children().Sum(TextBytes),
        _ => 0,
    };
}
