using System.Text.Json;

namespace CoproBot.Dialogs.Languages;

/// <summary>One language's phrases, read from its embedded file (<c>Catalogues/{code}.json</c>).</summary>
/// <remarks>
/// A file naming a phrase that does not exist is refused when it is loaded, so a misspelt key never hides a missing
/// phrase; a phrase the file lacks falls back to English at run time and fails <c>CatalogueTests</c>.
/// </remarks>
internal sealed class Catalogue
{
    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip };
    private readonly Dictionary<Phrase, string> _phrases;

    private Catalogue(Dictionary<Phrase, string> phrases) => _phrases = phrases;

    public IReadOnlyDictionary<Phrase, string> Phrases => _phrases;

    public string? Find(Phrase phrase) => _phrases.GetValueOrDefault(phrase);

    public static Catalogue Load(string code)
    {
        var resource = $"CoproBot.Dialogs.texts.{code}.json";
        using var stream = typeof(Catalogue).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The catalogue {resource} is not embedded.");
        return Read(stream, resource);
    }

    public static Catalogue Read(Stream json, string name)
    {
        var raw = JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options)
            ?? throw new InvalidDataException($"The catalogue {name} is empty.");
        var phrases = new Dictionary<Phrase, string>();
        foreach (var (key, text) in raw)
        {
            if (!Phrase.TryFind(key, out var phrase))
            {
                throw new InvalidDataException($"The catalogue {name} names a phrase that does not exist: {key}.");
            }

            phrases[phrase] = text;
        }

        return new Catalogue(phrases);
    }
}
