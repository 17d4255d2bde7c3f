using System.Globalization;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Answers;

/// <summary>The English words around an answer: the words the original is quoted in.</summary>
internal sealed class EnglishAnswerWords : AnswerWords
{
    public override string Language => "en";

    public override string DidYouMeanTitle => "Did you mean…?";

    public override string HelpTitle => "What I can help with";

    public override string DefinitionTitle => "What coproduction means";

    public override string CoproductionNote => AnswerComposer.CoproductionNote;

    public override string SourcePrefix => "Source: ";

    public override string DidYouMeanHeading => "Did you mean:";

    public override string AlsoAskHeading => "You could also ask:";

    public override string ForExampleHeading => "For example:";

    public override string OriginalLabel => "Original:";

    public override string? TranslationNote => null;

    public override string? OutOfDateTranslationNote => null;

    public override string AllCasesLabel => "All cases";

    public override string CompareAllQuestion => "Compare the cases";

    public override string DidYouMean(IEnumerable<string> labels) => $"Did you mean {string.Join(" or ", labels)}?";

    public override string Help(IReadOnlyList<CaseStudy> cases, IEnumerable<string> featureTitles)
    {
        var caseList = cases.Count > 0 ? Names([.. cases.Select(c => c.Name)]) : "no cases yet";
        return $"I answer questions about {cases.Count} coproduction cases: {caseList}. " +
               $"Ask about a case's {string.Join(", ", featureTitles.Select(t => t.ToLowerInvariant()))}; ask for an overview of a case; compare the cases on one feature; " +
               "or ask which case says something, such as \"Which case is peer-led?\".";
    }

    public override string Names(IReadOnlyList<string> names) =>
        names.Count > 1 ? string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1] : names.Count == 1 ? names[0] : string.Empty;

    public override string NothingShared(string featureTitle) => $"Nothing in their {featureTitle.ToLowerInvariant()} is shared: each says it in its own way, side by side below.";

    public override string SharedBy(IReadOnlyList<string> names, string item, string featureTitle) =>
        $"{Names(names)} {(names.Count == 2 ? "both" : "all")} have \"{item}\" in their {featureTitle.ToLowerInvariant()}.";

    public override string NothingSharedByAll(int count, string featureTitle) => $"Nothing in their {featureTitle.ToLowerInvariant()} is shared by all {Count(count)}.";

    public override string SharedTitle(IReadOnlyList<string> names) => $"What {Names(names)} share";

    public override string GoalTitle(string caseName) => $"{caseName}: what it is for";

    public override string OverviewTitle(int number, string caseName) => $"Case {number}: {caseName}";

    public override string AcrossTheCases(string featureTitle) => $"{featureTitle} across the cases";

    public override string SideBySide(IReadOnlyList<string> names) => $"{Names(names)} side by side";

    public override string AllOf(string caseName, string featureTitle) => $"All of {caseName}: {featureTitle}";

    public override string Pair(string left, string right) => $"{left}: {right}";

    public override string About(string caseName) => $"About {caseName}";

    public override string Compare(string featureTitle) => $"Compare: {featureTitle}";

    public override string QuestionFor(string caseName, string featureTitle) => $"{featureTitle} of {caseName}";

    public override string OverviewQuestionFor(string caseName) => $"Tell me about {caseName}";

    public override string ComparisonQuestionFor(string featureTitle) => $"Compare the {featureTitle.ToLowerInvariant()} of all cases";

    private static string Count(int number) => number switch
    {
        3 => "three",
        4 => "four",
        5 => "five",
        _ => number.ToString(CultureInfo.InvariantCulture),
    };
}
