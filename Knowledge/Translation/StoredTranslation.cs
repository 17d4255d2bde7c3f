using CoproBot.Knowledge.Catalog;

namespace CoproBot.Knowledge.Translation;

/// <summary>A translation with the version that says where it came from (the shipped rendering, or an admin's import).</summary>
public sealed record StoredTranslation(KnowledgeTranslation Translation, KnowledgeVersion Version);
