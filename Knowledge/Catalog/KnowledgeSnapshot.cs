using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Meaning;
using CoproBot.Knowledge.Model;
using CoproBot.Knowledge.Translation;

namespace CoproBot.Knowledge.Catalog;

/// <summary>One immutable version of the knowledge with its prebuilt lookup: what every question is answered from.</summary>
public sealed class KnowledgeSnapshot
{
    /// <remarks>With an embedder (the sentence model) questions are read by meaning as well; without one, by words only.</remarks>
    /// <remarks>Translations are what a reader of their language is shown; questions are always read against <paramref name="knowledge"/>.</remarks>
    public KnowledgeSnapshot(KnowledgeBase knowledge, KnowledgeVersion version, LookupOptions? options = null, ISentenceEmbedder? embedder = null, IEnumerable<StoredTranslation>? translations = null)
        : this(knowledge, version, new KnowledgeLookup(knowledge, options, embedder), translations ?? [])
    {
    }

    internal KnowledgeSnapshot(KnowledgeBase knowledge, KnowledgeVersion version, KnowledgeLookup lookup, IEnumerable<StoredTranslation> translations)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        Knowledge = knowledge;
        Version = version;
        Lookup = lookup;
        Translations = translations.ToDictionary(t => t.Translation.Language, StringComparer.Ordinal);
        Composer = new AnswerComposer(knowledge, Translations.ToDictionary(t => t.Key, t => t.Value.Translation, StringComparer.Ordinal));
    }

    public KnowledgeBase Knowledge { get; }

    public KnowledgeVersion Version { get; }

    public KnowledgeLookup Lookup { get; }

    public AnswerComposer Composer { get; }

    /// <summary>The translations of the knowledge by language, each with its stored version.</summary>
    public IReadOnlyDictionary<string, StoredTranslation> Translations { get; }

    public Answer Ask(string question) => Composer.Compose(Lookup.Find(question));

    /// <summary>Answers a question in a conversation whose last answer was about <paramref name="context"/>.</summary>
    public Answer Ask(string question, LookupContext? context) => Composer.Compose(Lookup.Find(question, context));

    /// <summary>Answers in <paramref name="language"/>: its labels, and the translated quotes with the original beside them.</summary>
    public Answer Ask(string question, LookupContext? context, string language) => Composer.Compose(Lookup.Find(question, context), language);

    /// <summary>The same knowledge and lookup with one translation replaced.</summary>
    internal KnowledgeSnapshot WithTranslation(StoredTranslation translation) =>
        new(Knowledge, Version, Lookup, Translations.Values.Where(t => t.Translation.Language != translation.Translation.Language).Append(translation));

    /// <summary>New knowledge with this snapshot's translations.</summary>
    internal KnowledgeSnapshot WithKnowledge(KnowledgeBase knowledge, KnowledgeVersion version, KnowledgeLookup lookup) =>
        new(knowledge, version, lookup, Translations.Values);
}
