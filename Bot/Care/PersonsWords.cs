using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Bot.Care;

/// <summary>Everything a person wrote in one message, however it arrived, for the crisis check and nothing else.</summary>
/// <remarks>
/// Typed words come as the text; a Teams card submit brings its inputs in <c>Value</c> and often no text at all; a
/// Discord modal brings its fields, and a button or menu its values, in <c>Value</c> too. Every string inside the value
/// is taken, whatever the card or modal calls it, so a new form can never slip past the check. The result is held
/// in memory for the one turn and never stored or logged.
/// </remarks>
public static class PersonsWords
{
    public static string Of(IActivity activity)
    {
        var words = new List<string>();
        if (activity is IMessageActivity message)
        {
            Add(words, message.Text);
            if (message.Value is { } value)
            {
                Collect(value as JToken ?? JToken.FromObject(value), words);
            }
        }

        return string.Join("\n", words);
    }

    private static void Collect(JToken token, List<string> words)
    {
        switch (token)
        {
            case JValue { Type: JTokenType.String } text:
                Add(words, (string?)text);
                break;
            case JObject item:
                foreach (var property in item.Properties())
                {
                    Collect(property.Value, words);
                }

                break;
            case JArray items:
                foreach (var element in items)
                {
                    Collect(element, words);
                }

                break;
        }
    }

    // A modal's text is also the join of its fields: each thing said is checked once.
    private static void Add(List<string> words, string? text)
    {
        var trimmed = text?.Trim();
        if (!string.IsNullOrEmpty(trimmed) && !words.Contains(trimmed, StringComparer.Ordinal))
        {
            words.Add(trimmed);
        }
    }
}
