using System.Globalization;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Answers;

/// <summary>The French words around an answer, whose quotes are the French rendering with the English original beside them.</summary>
internal sealed class FrenchAnswerWords : AnswerWords
{
    public override string Language => "fr";

    public override string DidYouMeanTitle => "Vouliez-vous dire… ?";

    public override string HelpTitle => "Ce que je peux faire";

    public override string DefinitionTitle => "Ce que veut dire la coproduction";

    public override string CoproductionNote =>
        "Dans les mots de CoproBot (et non ceux des cas) : la coproduction, c'est quand les personnes qui utilisent un service et celles qui l'offrent " +
        "le conçoivent, le font fonctionner et l'améliorent ensemble, en partenaires égaux qui apportent chacun leur propre savoir. Voici comment chaque cas s'y prend.";

    public override string SourcePrefix => "Source : ";

    public override string DidYouMeanHeading => "Vouliez-vous dire :";

    public override string AlsoAskHeading => "Vous pourriez aussi demander :";

    public override string ForExampleHeading => "Par exemple :";

    public override string OriginalLabel => "Original (anglais) :";

    public override string? TranslationNote => "traduction";

    public override string? OutOfDateTranslationNote => "traduction d'une version antérieure : l'original a changé depuis et fait foi";

    public override string AllCasesLabel => "Tous les cas";

    public override string CompareAllQuestion => "Compare tous les cas";

    public override string DidYouMean(IEnumerable<string> labels) => $"Vouliez-vous dire {string.Join(" ou ", labels)} ?";

    public override string Help(IReadOnlyList<CaseStudy> cases, IEnumerable<string> featureTitles)
    {
        var caseList = cases.Count > 0 ? Names([.. cases.Select(c => c.Name)]) : "aucun cas pour l'instant";
        return $"Je réponds aux questions sur {cases.Count} cas de coproduction : {caseList}. " +
               $"Demandez ce qu'il en est d'un cas : {string.Join(", ", featureTitles.Select(t => t.ToLower(CultureInfo.GetCultureInfo("fr-CA"))))} ; demandez un aperçu d'un cas ; " +
               "comparez les cas sur un point ; ou demandez quel cas dit quelque chose, par exemple « Quel cas est dirigé par les pairs ? ».";
    }

    public override string Names(IReadOnlyList<string> names) =>
        names.Count > 1 ? string.Join(", ", names.Take(names.Count - 1)) + " et " + names[^1] : names.Count == 1 ? names[0] : string.Empty;

    public override string NothingShared(string featureTitle) => $"Rien n'est commun dans leurs {Lower(featureTitle)} : chacun le dit à sa façon, côte à côte ci-dessous.";

    public override string SharedBy(IReadOnlyList<string> names, string item, string featureTitle) =>
        $"{Names(names)} ont {(names.Count == 2 ? "tous les deux" : "tous")} « {item} » dans leurs {Lower(featureTitle)}.";

    public override string NothingSharedByAll(int count, string featureTitle) => $"Rien dans leurs {Lower(featureTitle)} n'est commun aux {Count(count)}.";

    public override string SharedTitle(IReadOnlyList<string> names) => $"Ce que {Names(names)} ont en commun";

    public override string GoalTitle(string caseName) => $"{caseName} : à quoi il sert";

    public override string OverviewTitle(int number, string caseName) => $"Cas {number} : {caseName}";

    public override string AcrossTheCases(string featureTitle) => $"{featureTitle} : les cas côte à côte";

    public override string SideBySide(IReadOnlyList<string> names) => $"{Names(names)} côte à côte";

    public override string AllOf(string caseName, string featureTitle) => $"Tout {Of(caseName)} : {featureTitle}";

    public override string Pair(string left, string right) => $"{left} : {right}";

    public override string About(string caseName) => $"À propos {Of(caseName)}";

    public override string Compare(string featureTitle) => $"Comparer : {featureTitle}";

    public override string QuestionFor(string caseName, string featureTitle) => $"{featureTitle} {Of(caseName)}";

    public override string OverviewQuestionFor(string caseName) => $"Parle-moi {Of(caseName)}";

    public override string ComparisonQuestionFor(string featureTitle) => $"Compare « {Lower(featureTitle)} » dans tous les cas";

    // "d'ESTHER", "de Making Recovery Real": French elides "de" before a vowel.
    private static string Of(string name) => name.Length > 0 && "AEIOUYÉÈaeiouyéè".Contains(name[0], StringComparison.Ordinal) ? "d'" + name : "de " + name;

    private static string Lower(string title) => title.ToLower(CultureInfo.GetCultureInfo("fr-CA"));

    private static string Count(int number) => number switch
    {
        3 => "trois",
        4 => "quatre",
        5 => "cinq",
        _ => number.ToString(CultureInfo.InvariantCulture),
    };
}
