namespace CoproBot.Knowledge.Eval;

/// <summary>One row of the eval set: a question, the cases it must find, and the features that are acceptable.</summary>
/// <remarks>
/// AnyFeature is the <c>*</c> of the file (a case overview: any non-empty feature list);
/// an empty ExpectedCases with no features is the <c>-</c> of an out-of-scope question.
/// Section is the title of the last <c># ===</c> comment above the row, or empty.
/// </remarks>
public sealed record EvalQuestion(int Line, string Question, IReadOnlySet<string> ExpectedCases, IReadOnlySet<string> AcceptableFeatures, bool AnyFeature, string Section = "");
