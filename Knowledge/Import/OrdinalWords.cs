using System.Globalization;

namespace CoproBot.Knowledge.Import;

/// <summary>English ordinal words for the derived aliases ("the fourth case").</summary>
internal static class OrdinalWords
{
    private static readonly string[] Words =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    public static string For(int number) =>
        number >= 1 && number <= Words.Length ? Words[number - 1] : number.ToString(CultureInfo.InvariantCulture) + Suffix(number);

    private static string Suffix(int number) => (number % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };
}
