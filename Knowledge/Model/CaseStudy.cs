namespace CoproBot.Knowledge.Model;

/// <summary>One coproduction case: a column of the source table.</summary>
/// <param name="Id">Stable id derived from the name, e.g. <c>making-recovery-real</c>.</param>
/// <param name="Number">The case number people use ("case 2"), as given in the source.</param>
/// <param name="Name">The display name, verbatim.</param>
/// <param name="Aliases">Lower-case phrases people use for this case, derived and curated.</param>
public sealed record CaseStudy(string Id, int Number, string Name, IReadOnlyList<string> Aliases);
