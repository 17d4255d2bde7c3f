using System.Text.RegularExpressions;

namespace CoproBot.Dialogs.Reflection;

/// <summary>Reads the short commands of a reflection and the phrases that start, pause or list reflections.</summary>
public static partial class ReflectionWords
{
    public static ReflectionCommand Command(string? text) => Normalise(text) switch
    {
        "help" or "what can i say" or "options" or "commands" or "how does this work" => ReflectionCommand.Help,
        "back" or "go back" or "previous" or "previous question" or "undo" or "back please" => ReflectionCommand.Back,
        "skip" or "skip it" or "skip this" or "skip that" or "skip question" or "skip this one" or "pass" or "next" or "next question" or "no note" => ReflectionCommand.Skip,
        "repeat" or "repeat that" or "say again" or "say that again" or "again" or "what was the question" or "repeat the question" => ReflectionCommand.Repeat,
        "where am i" or "progress" or "status" or "how far am i" or "how far" or "how many left" or "how much is left" => ReflectionCommand.WhereAmI,
        "cancel" or "cancel reflection" or "cancel my reflection" or "cancel the reflection" or "end reflection" or "end my reflection"
            or "quit" or "stop reflecting" or "stop the reflection" => ReflectionCommand.Cancel,
        "continue" or "resume" or "carry on" or "go on" or "im ready" or "i am ready" or "lets continue" or "continue my reflection"
            or "continue reflection" or "resume my reflection" or "lets go" or "ready"

            // The French support message invites "continuer" after a pause.
            or "continuer" or "reprendre" => ReflectionCommand.Continue,
        "stop" or "stop for today" or "thats enough for today" or "enough for today" => ReflectionCommand.Stop,
        _ => ReflectionCommand.None,
    };

    /// <summary>True, with the case words if any, for "reflect", "reflect on ESTHER", "start a reflection on case 2".</summary>
    public static bool IsStart(string? text, out string? caseWords)
    {
        var match = Start().Match(Normalise(text));
        caseWords = match.Success && match.Groups["case"].Success ? match.Groups["case"].Value.Trim() : null;
        return match.Success;
    }

    /// <summary>True for a request to pause; <paramref name="when"/> holds any words that may name a time to resume.</summary>
    public static bool IsPause(string? text, out string? when)
    {
        var match = Pause().Match((text ?? string.Empty).Trim().ToLowerInvariant().Replace('\u2019', '\''));
        when = match.Success && match.Groups["when"].Value.Trim() is { Length: > 0 } rest ? rest : null;
        return match.Success;
    }

    public static bool IsList(string? text) => Normalise(text) is "my reflections" or "show my reflections" or "list my reflections" or "past reflections" or "my past reflections";

    public static bool IsExport(string? text) => Normalise(text) is "export" or "export my reflection" or "export reflection" or "export the reflection" or "download my reflection";

    /// <summary>The number in "open reflection 2", or null.</summary>
    public static int? Open(string? text) =>
        OpenNumber().Match(Normalise(text)) is { Success: true } match && int.TryParse(match.Groups["n"].Value, out var n) ? n : null;

    public static string Normalise(string? text) =>
        Spaces().Replace(new string([.. (text ?? string.Empty).ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ')]), " ").Trim();

    [GeneratedRegex(@"^(?:(?:please|id like to|i would like to|i want to|lets|let us|can we|could we|can i|start|begin)\s+)*(?:start\s+|begin\s+|do\s+)?(?:a\s+|my\s+)?reflect(?:ion)?(?:\s+(?:on|about|for)\s+(?<case>.+))?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Start();

    [GeneratedRegex(@"^(?:(?:can we|could we|lets|let's|let us|i'd like to|i want to|please)\s+)?(?:pause(?:\s+(?:my|the|this)\s+reflection)?\b[\s,.;:!-]*(?:and\s+|then\s+)?(?<when>.*)|take\s+a\s+break\b[\s,.;:!-]*(?<when>.*)|(?:continue|carry\s+on|pick\s+(?:this|it)\s+up|come\s+back\s+to\s+(?:this|it)|finish\s+(?:this|it))\s+(?<when>(?:on|at|in|tomorrow|tonight|later|next|this|after)\b.*)|(?<when>remind\s+me\b.*))$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pause();

    [GeneratedRegex(@"^(?:open|show|see|view)\s+(?:my\s+)?reflection\s+(?:number\s+)?(?<n>\d{1,6})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OpenNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
