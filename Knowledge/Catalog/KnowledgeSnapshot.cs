using CoproBot.Knowledge.Answers;
using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Catalog;

/// <summary>One immutable version of the knowledge with its prebuilt lookup: what every question is answered from.</summary>
public sealed class KnowledgeSnapshot
{
    public KnowledgeSnapshot(KnowledgeBase knowledge, KnowledgeVersion version, LookupOptions? options = null)
        : this(knowledge, version, new KnowledgeLookup(knowledge, options))
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
}
