using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Care;

/// <summary>Notices free text that speaks of crisis: suicide, self-harm, or not being safe.</summary>
/// <remarks>
/// It errs towards offering support: a false alarm costs a kind message, a miss could cost far more.
/// It is stateless on purpose, so an earlier "I'm fine" never silences it for later messages.
/// </remarks>
public static partial class CrisisDetector
{
    public static bool SpeaksOfCrisis(string? text) => !string.IsNullOrWhiteSpace(text) && Crisis().IsMatch(Normalise(text));

    // Curly apostrophes and runs of spaces would otherwise hide "don't" or "kill  myself" from the patterns.
    private static string Normalise(string text) => Spaces().Replace(text.Replace('\u2019', '\'').Replace('\u2018', '\''), " ");

    [GeneratedRegex("""
        \b(
          suicid\w* | kill(ing)?\s+my\s?self | end(ing)?\s+(it\s+all|my\s+life|things) | take\s+my\s+(own\s+)?life
        | (want|wanting|wish|wishing|going)\s+(to\s+)?(be\s+)?dead | want\s+to\s+die | wish\s+i\s+(was|were)\s+dead
        | better\s+off\s+(dead|without\s+me) | no\s+(reason|point)\s+(to|in)\s+(live|living|going\s+on)
        | can'?t\s+(go\s+on|keep\s+going|cope\s+any\s?more|take\s+(it|this)\s+any\s?more)
        | self[\s-]?harm\w* | hurt(ing)?\s+my\s?self | harm(ing)?\s+my\s?self | cut(ting)?\s+my\s?self | overdos\w*
        | (i'?m|i\s+am|i\s+feel|feeling)\s+(not\s+safe|unsafe) | (don'?t|do\s+not)\s+feel\s+safe
        | not\s+safe\s+(at\s+home|here|with) | in\s+danger | being\s+(abused|hurt)
        | (he|she|they|someone)\s+(is|are|keeps?)\s+(hurting|hitting|threatening)\s+me
        )\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Crisis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
