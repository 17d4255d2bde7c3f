using CoproBot.Knowledge.Lookup;
using CoproBot.Knowledge.Model;
using CoproBot.Knowledge.Translation;

namespace CoproBot.Knowledge.Answers;

/// <summary>The knowledge as one answer shows it: the labels of its language, and the translated quotes with their originals.</summary>
internal sealed class AnswerView(KnowledgeBase knowledge, AnswerWords words, KnowledgeTranslation? translation)
{
    public AnswerWords Words { get; } = words;

    public string Title(Feature feature) => translation?.FeatureTitle(feature.Id) ?? feature.Title;

    public AnswerSection Section(CaseStudy c, Feature f, string heading, string? under)
    {
        var cell = knowledge.Cell(c.Id, f.Id);
        if (translation?.Cell(c.Id, f.Id) is not { } translated)
        {
            return new AnswerSection(heading, cell.Text, cell.Items, Source(c, f, translated: false), under);
        }

        return new AnswerSection(heading, translated.Text, translated.Items, Source(c, f, translated: true), under, new OriginalQuote(cell.Text, cell.Items));
    }

    public AnswerSection Excerpt(Excerpt excerpt, bool oneCase)
    {
        var c = knowledge.Case(excerpt.CaseId);
        var f = knowledge.Feature(excerpt.FeatureId);
        var heading = oneCase ? Title(f) : c.Name;
        if (translation?.Excerpt(knowledge.Cell(c.Id, f.Id), excerpt.Text) is not { } translated)
        {
            return new AnswerSection(heading, excerpt.Text, [], Source(c, f, translated: false));
        }

        return new AnswerSection(heading, translated, [], Source(c, f, translated: true), Original: new OriginalQuote(excerpt.Text, []));
    }

    /// <summary>A list item of the original in this answer's language, the original itself when it has no translation.</summary>
    public string Item(CaseStudy c, Feature f, string item) =>
        translation?.Excerpt(knowledge.Cell(c.Id, f.Id), item) is { } translated ? translated : item;

    public string QuestionFor(CaseStudy c, Feature f) => Words.QuestionFor(c.Name, Title(f));

    public SuggestedQuestion Suggest(Reading reading)
    {
        var cases = reading.CaseIds.Select(knowledge.Case).ToList();
        var features = reading.FeatureIds.Select(knowledge.Feature).ToList();
        return (cases.Count, features.Count) switch
        {
            (1, 1) => new SuggestedQuestion(Words.Pair(cases[0].Name, Title(features[0])), QuestionFor(cases[0], features[0])),
            (1, _) => new SuggestedQuestion(Words.About(cases[0].Name), Words.OverviewQuestionFor(cases[0].Name)),
            (_, 1) => new SuggestedQuestion(Words.Compare(Title(features[0])), Words.ComparisonQuestionFor(Title(features[0]))),
            _ => new SuggestedQuestion(Words.AllCasesLabel, Words.CompareAllQuestion),
        };
    }

    private AnswerSource Source(CaseStudy c, Feature f, bool translated) =>
        new(c.Id, f.Id, c.Name, translated ? Title(f) : f.Title, translated ? Note(knowledge.Cell(c.Id, f.Id)) : null);

    // A translation made before its original last changed is still shown, as the nearest reading, but says so.
    private string? Note(CaseFeature original) =>
        translation!.IsOutOfDate(original) ? Words.OutOfDateTranslationNote : Words.TranslationNote;
}
