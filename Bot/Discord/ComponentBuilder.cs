using System.Globalization;
using System.Text.Json.Nodes;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Discord;

/// <summary>Turns suggested actions into Discord buttons, or a select menu when there are more than buttons allow.</summary>
/// <remarks>
/// A custom_id holds at most 100 characters. A choice's value travels in it as <c>v:value</c> when it fits; a longer
/// one travels as <c>i:index</c>, and the pressed button's label (which Discord sends back with the message) gives
/// its meaning.
/// </remarks>
public static class ComponentBuilder
{
    public const string AnswerId = "copro:answer";
    public const string SelectId = "copro:choice";
    public const int MaxRows = 5;
    public const int MaxButtonsPerRow = 5;
    public const int MaxOptionsPerSelect = 25;
    public const int MaxLabel = 80;
    public const int MaxCustomId = 100;

    private const int ActionRow = 1;
    private const int Button = 2;
    private const int StringSelect = 3;
    private const int Primary = 1;
    private const int Secondary = 2;
    private const int Link = 5;

    public static JsonArray Build(IReadOnlyList<CardAction> actions, bool withAnswerButton)
    {
        var rows = new JsonArray();
        var rowsForChoices = MaxRows - (withAnswerButton ? 1 : 0);
        var links = actions.Where(action => action.Type == ActionTypes.OpenUrl && action.Value is string).ToList();
        var choices = actions.Where(action => action.Type != ActionTypes.OpenUrl && ValueOf(action) is not null).ToList();

        var ids = UniqueIds(choices);
        var buttons = choices.Select((action, index) => ChoiceButton(action, ids[index]))
            .Concat(links.Select(action => new JsonObject
            {
                ["type"] = Button,
                ["style"] = Link,
                ["label"] = Label(TitleOf(action, (string)action.Value)),
                ["url"] = (string)action.Value,
            }))
            .ToList();

        if (buttons.Count <= rowsForChoices * MaxButtonsPerRow)
        {
            foreach (var row in buttons.Chunk(MaxButtonsPerRow))
            {
                rows.Add(Row(row));
            }
        }
        else
        {
            // More choices than buttons fit: one select menu per row, 25 options each.
            var options = choices.Select((action, index) => new JsonObject
            {
                ["label"] = Label(TitleOf(action, ValueOf(action)!)),
                ["value"] = ids[index],
            });
            foreach (var chunk in options.Chunk(MaxOptionsPerSelect).Take(rowsForChoices))
            {
                rows.Add(Row(new JsonObject
                {
                    ["type"] = StringSelect,
                    ["custom_id"] = rows.Count == 0 ? SelectId : SelectId + ":" + rows.Count.ToString(CultureInfo.InvariantCulture),
                    ["placeholder"] = "Choose…",
                    ["options"] = new JsonArray(chunk),
                }));
            }
        }

        if (withAnswerButton)
        {
            rows.Add(Row(new JsonObject { ["type"] = Button, ["style"] = Primary, ["label"] = "Answer", ["custom_id"] = AnswerId }));
        }

        return rows;
    }

    /// <summary>The value a choice carries: an imBack's or postBack's value, or a messageBack's text.</summary>
    public static string? ValueOf(CardAction action) => action.Value as string ?? (action.Type == ActionTypes.MessageBack ? action.Text : null);

    /// <summary>A value as it travels in a custom_id or option value; see the remarks on the class.</summary>
    public static string Encode(string value, int index) =>
        value.Length + 2 <= MaxCustomId ? "v:" + value : "i:" + index.ToString(CultureInfo.InvariantCulture);

    // Discord refuses an empty label; an action without a title shows its value.
    private static string TitleOf(CardAction action, string value) => string.IsNullOrWhiteSpace(action.Title) ? value : action.Title;

    public static string Label(string text) => text.ShortenTo(MaxLabel);

    private static JsonObject ChoiceButton(CardAction action, string customId) => new()
    {
        ["type"] = Button,
        ["style"] = Secondary,
        ["label"] = Label(TitleOf(action, ValueOf(action)!)),
        ["custom_id"] = customId,
    };

    // Discord refuses a message whose components share a custom_id; a repeated value travels by index instead.
    private static List<string> UniqueIds(List<CardAction> choices)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return choices.Select((action, index) =>
        {
            var id = Encode(ValueOf(action)!, index);
            return seen.Add(id) ? id : "i:" + index.ToString(CultureInfo.InvariantCulture);
        }).ToList();
    }

    private static JsonObject Row(params JsonObject[] components) => new() { ["type"] = ActionRow, ["components"] = new JsonArray(components) };
}
