namespace CoproBot.Knowledge.Model;

/// <summary>One aspect described for every case: a row of the source table.</summary>
/// <param name="Id">Stable id, e.g. <c>inclusivity-principles</c>.</param>
/// <param name="Title">The row header, verbatim.</param>
/// <param name="Synonyms">Lower-case phrases people use for this feature, derived and curated.</param>
public sealed record Feature(string Id, string Title, IReadOnlyList<string> Synonyms);
