using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Meaning;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Catalog;

/// <summary>One immutable version of the knowledge with its prebuilt lookup: what every question is answered from.</summary>
public sealed class KnowledgeSnapshot
{
    /// <remarks>With an embedder (the sentence model) questions are read by meaning as well; without one, by words only.</remarks>
    public KnowledgeSnapshot(KnowledgeBase knowledge, KnowledgeVersion version, LookupOptions? options = null, ISentenceEmbedder? embedder = null)
        : this(knowledge, version, new KnowledgeLookup(knowledge, options, embedder))
    {
    }

    internal KnowledgeSnapshot(KnowledgeBase knowledge, KnowledgeVersion version, KnowledgeLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        Knowledge = knowledge;
        Version = version;
        Lookup = lookup;
        Composer = new AnswerComposer(knowledge);
    }

    public KnowledgeBase Knowledge { get; }

    public KnowledgeVersion Version { get; }

    public KnowledgeLookup Lookup { get; }

    public AnswerComposer Composer { get; }

    public Answer Ask(string question) => Composer.Compose(Lookup.Find(question));

    /// <summary>Answers a question in a conversation whose last answer was about <paramref name="context"/>.</summary>
    public Answer Ask(string question, LookupContext? context) => Composer.Compose(Lookup.Find(question, context));
}
