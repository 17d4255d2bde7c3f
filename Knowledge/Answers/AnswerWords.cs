using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Answers;

/// <summary>The words an answer about the cases puts around the quoted text, in one language: titles, labels, suggestions.</summary>
/// <remarks>
/// One catalogue per language (<see cref="English"/>, <see cref="French"/>). Only these labels are translated here;
/// the case text itself comes from the knowledge (the original, or its translation), and a suggestion's question is
/// worded so the lookup reads it back as the case and feature it names.
/// </remarks>
public abstract class AnswerWords
{
    public static AnswerWords English { get; } = new EnglishAnswerWords();

    public static AnswerWords French { get; } = new FrenchAnswerWords();

    public abstract string Language { get; }

    public abstract string DidYouMeanTitle { get; }

    public abstract string HelpTitle { get; }

    public abstract string DefinitionTitle { get; }

    public abstract string CoproductionNote { get; }

    public abstract string SourcePrefix { get; }

    public abstract string DidYouMeanHeading { get; }

    public abstract string AlsoAskHeading { get; }

    public abstract string ForExampleHeading { get; }

    /// <summary>What introduces the original beside a translated quote: "Original (anglais) :".</summary>
    public abstract string OriginalLabel { get; }

    /// <summary>What a translated section's heading and source say it is: "traduction"; null for the original.</summary>
    public abstract string? TranslationNote { get; }

    /// <summary>The note on a translated source whose original has changed since it was translated; null where nothing is translated.</summary>
    public abstract string? OutOfDateTranslationNote { get; }

    public abstract string AllCasesLabel { get; }

    public abstract string CompareAllQuestion { get; }

    public abstract string DidYouMean(IEnumerable<string> labels);

    public abstract string Help(IReadOnlyList<CaseStudy> cases, IEnumerable<string> featureTitles);

    public abstract string Names(IReadOnlyList<string> names);

    public abstract string NothingShared(string featureTitle);

    public abstract string SharedBy(IReadOnlyList<string> names, string item, string featureTitle);

    public abstract string NothingSharedByAll(int count, string featureTitle);

    public abstract string SharedTitle(IReadOnlyList<string> names);

    public abstract string GoalTitle(string caseName);

    public abstract string OverviewTitle(int number, string caseName);

    public abstract string AcrossTheCases(string featureTitle);

    public abstract string SideBySide(IReadOnlyList<string> names);

    public abstract string AllOf(string caseName, string featureTitle);

    /// <summary>Two names joined as a title: "ESTHER: Inclusivity principles", "ESTHER : Principes d'inclusivité".</summary>
    public abstract string Pair(string left, string right);

    public abstract string About(string caseName);

    public abstract string Compare(string featureTitle);

    /// <summary>The question that asks for one case feature; the lookup reads it back as exactly that.</summary>
    public abstract string QuestionFor(string caseName, string featureTitle);

    public abstract string OverviewQuestionFor(string caseName);

    public abstract string ComparisonQuestionFor(string featureTitle);
}
