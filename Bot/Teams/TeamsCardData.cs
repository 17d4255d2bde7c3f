using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Teams;

/// <summary>What CoproBot's cards send back on submit, written and read only here: the answer, and the step as typed JSON.</summary>
/// <remarks>
/// A submit's value is the button's data with the card's inputs merged in, so an answer box and a button together send
/// <c>{"answer": "…", "step": {"kind": "Question", "index": 0}}</c>. The step is read as data, never parsed from text.
/// </remarks>
public static class TeamsCardData
{
    /// <summary>The id of a card's answer box, which is the name its words come back under.</summary>
    public const string AnswerInput = "answer";

    private const string StepProperty = "step";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        Converters = [new StringEnumConverter { AllowIntegerValues = false }],
        ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
        MaxDepth = 8,
    });

    /// <summary>The data of a button that answers <paramref name="step"/> with <paramref name="answer"/>.</summary>
    public static JObject Answer(string answer, StepReference step) => new() { [AnswerInput] = answer, [StepProperty] = Step(step) };

    /// <summary>The data of the button that sends the card's answer box for <paramref name="step"/>.</summary>
    public static JObject Send(StepReference step) => new() { [StepProperty] = Step(step) };

    /// <summary>The message a submit of one of CoproBot's cards stands for; null for anything else.</summary>
    public static IncomingMessage? Read(IMessageActivity activity, IncomingMessage typed)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(typed);
        if (activity.Value is not JObject value || value[StepProperty] is not JObject step)
        {
            return null;
        }

        var answer = value[AnswerInput] is { Type: JTokenType.String } words ? ((string)words!).Trim() : string.Empty;
        return typed with { Text = answer, FromForm = true, Step = StepOf(step) };
    }

    private static JObject Step(StepReference step) => JObject.FromObject(step, Serializer);

    // A card is sent JSON like any other: a step that is not one of ours is no step, and the answer is taken as unplaced.
    private static StepReference? StepOf(JObject step)
    {
        try
        {
            return step.ToObject<StepReference>(Serializer) is { Index: >= 0 } read && Enum.IsDefined(read.Kind) ? read : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
