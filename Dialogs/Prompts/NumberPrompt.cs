using System.Globalization;
using System.Text.RegularExpressions;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text.Number;

namespace CoproBot.Dialogs.Prompts;

/// <summary>Asks for a number, written in digits or words ("four") in the activity's language.</summary>
public sealed partial class NumberPrompt(string id, PromptValidator<double>? validator = null) : Prompt<double>(id, validator)
{
    private static readonly NumberRecognizer Numbers = new(NumberOptions.None);

    /// <summary>Tried before the standard recognizer, so a feature's own words win.</summary>
    public CustomNumberRecognizer? CustomRecognizer { get; init; }

    /// <summary>Reads "4/5" and "4 out of 5" as the score 4, which is what people mean when rating, rather than 0.8.</summary>
    public bool ReadFractionsAsScores { get; init; } = true;

    /// <summary>Reads a number the way this prompt would; public so features can reuse it outside a prompt.</summary>
    public double? Read(string? text, string? locale)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (CustomRecognizer?.Invoke(text, locale) is { } custom)
        {
            return custom;
        }

        var culture = RecognizerCulture.From(locale);
        if (ReadFractionsAsScores && Score().Match(text) is { Success: true } score
            && Standard(score.Groups["scale"].Value, culture) is not null)
        {
            return Standard(score.Groups["score"].Value, culture);
        }

        return Standard(text, culture);
    }

    protected override Task<PromptRecognition<double>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var value = Read(IncomingMessage.Of(turnContext).Text, turnContext.Activity.Locale);
        return Task.FromResult(value is { } number ? new PromptRecognition<double>(true, number) : default);
    }

    private static double? Standard(string text, string culture)
    {
        var found = Numbers.GetNumberModel(culture).Parse(text);
        return found.Count > 0
            && found[0].Resolution?.TryGetValue("value", out var value) == true
            && double.TryParse(value?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    [GeneratedRegex(@"^\s*(?<score>[^/]+?)\s*(?:/|\bout of\b)\s*(?<scale>[^/]+?)\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Score();
}
