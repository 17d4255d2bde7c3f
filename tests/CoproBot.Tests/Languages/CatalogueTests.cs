using System.Text.Json;
using System.Text.RegularExpressions;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Tests.Languages;

public sealed partial class CatalogueTests
{
    private static readonly string[] Names = [.. Phrase.All.Select(phrase => phrase.Name)];

    public static TheoryData<string> Codes() => [.. Language.All.Select(language => language.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryPhraseIsInEveryLanguageAndNothingElseIs(string code)
    {
        var phrases = Read(code);

        var missing = Names.Except(phrases.Keys).ToList();
        var unknown = phrases.Keys.Except(Names).ToList();

        Assert.True(missing.Count == 0, $"{code}.json lacks: {string.Join(", ", missing)}");
        Assert.True(unknown.Count == 0, $"{code}.json names phrases that do not exist: {string.Join(", ", unknown)}");
        Assert.All(phrases, phrase => Assert.False(string.IsNullOrWhiteSpace(phrase.Value), $"{code}.json: {phrase.Key} is empty"));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EachPhraseHasTheSamePlaceholdersAsInEnglish(string code)
    {
        var english = Read("en");
        var other = Read(code);

        var differing = english.Keys.Where(other.ContainsKey).Where(key => !Placeholders(english[key]).SetEquals(Placeholders(other[key]))).ToList();

        Assert.True(differing.Count == 0, $"{code}.json has other placeholders than English in: {string.Join(", ", differing)}");
    }

    [Fact]
    public void APhraseMissingFromACatalogueIsCaught()
    {
        var english = Read("en");
        var lacking = english.Where(p => p.Key != nameof(Phrase.ConversationHelp)).ToDictionary();

        Assert.Contains(nameof(Phrase.ConversationHelp), Names.Except(lacking.Keys));
        Assert.False(Placeholders("{0} and {1}").SetEquals(Placeholders("{0} et {2}")));
        Assert.True(Placeholders("{0:N0} of {1}").SetEquals(Placeholders("{1} sur {0:N0}")));
    }

    [Fact]
    public void EveryPhraseFormatsInEveryLanguage()
    {
        foreach (var language in Language.All)
        {
            foreach (var phrase in Phrase.All)
            {
                var count = Placeholders(language[phrase]).Select(int.Parse).DefaultIfEmpty(-1).Max() + 1;
                var values = Enumerable.Range(0, count).Select(_ => (object)3).ToArray();
                Assert.NotEmpty(language.Format(phrase, values));
            }
        }
    }

    [Theory]
    [InlineData("fr-CA", "fr")]
    [InlineData("fr", "fr")]
    [InlineData("en-US", "en")]
    [InlineData("de-DE", "en")]
    [InlineData(null, "en")]
    public void ALocaleCoproBotDoesNotServeFallsBackToEnglish(string? locale, string expected) =>
        Assert.Equal(expected, TurnLanguage.Decide(null, locale, "help").Code);

    [Theory]
    [InlineData("en-US", "je ne sais pas quoi dire", "fr")]
    [InlineData("fr-CA", "I don't know what to say about this", "en")]
    [InlineData("en-US", "Bonjour", "en")]
    [InlineData("en-US", "Élodie", "en")]
    public void AMessageClearlyInTheOtherLanguageDecidesButOneWordNever(string locale, string words, string expected) =>
        Assert.Equal(expected, TurnLanguage.Decide(null, locale, words).Code);

    [Fact]
    public void TheChosenLanguageOutweighsTheWords() =>
        Assert.Equal("en", TurnLanguage.Decide(Language.English, "fr-CA", "je ne sais pas quoi dire").Code);

    private static Dictionary<string, string> Read(string code)
    {
        using var stream = typeof(Language).Assembly.GetManifestResourceStream($"CoproBot.Dialogs.texts.{code}.json")
            ?? throw new InvalidOperationException($"No catalogue is embedded for {code}.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
