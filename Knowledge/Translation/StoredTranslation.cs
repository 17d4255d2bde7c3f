using CoproBot.Knowledge.Catalog;

namespace CoproBot.Knowledge.Translation;

/// <summary>A translation with the version that says where it came from (the shipped rendering, or an admin's import).</summary>
/// <remarks>MadeFromVersion is the version of the original kept beside it, so a change to either is noticed.</remarks>
public sealed record StoredTranslation(KnowledgeTranslation Translation, KnowledgeVersion Version, KnowledgeVersion? MadeFromVersion = null);
