using CoproBot.Knowledge.Catalog;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Store;

/// <summary>The knowledge read back from the store, with the version that says where it came from.</summary>
public sealed record StoredKnowledge(KnowledgeBase Knowledge, KnowledgeVersion Version);
