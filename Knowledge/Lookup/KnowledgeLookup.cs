using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Lookup;

/// <summary>Reads natural-language questions as cases and features; built once per knowledge snapshot.</summary>
/// <remarks>Immutable after construction and safe to share between threads.</remarks>
public sealed class KnowledgeLookup
{
    private readonly KnowledgeBase _knowledge;
    private readonly LookupOptions _options;
    private readonly SpellingCorrector _corrector;
    private readonly PhraseMatcher _phrases;
    private readonly Bm25Index _search;
    private readonly int[] _documentCase;
    private readonly int[] _documentFeature;

    public KnowledgeLookup(KnowledgeBase knowledge, LookupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _options = options ?? new LookupOptions();
        var phrases = knowledge.Cases.SelectMany(c => c.Aliases.Select(a => ToPhrase(PhraseKind.Case, c.Id, a)))
            .Concat(knowledge.Features.SelectMany(f => f.Synonyms.Append(f.Title.ToLowerInvariant()).Select(s => ToPhrase(PhraseKind.Feature, f.Id, s))))
            .ToList();
        _phrases = new PhraseMatcher(phrases);

        var caseIndex = knowledge.Cases.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var featureIndex = knowledge.Features.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _documentCase = knowledge.Cells.Select(c => caseIndex[c.CaseId]).ToArray();
        _documentFeature = knowledge.Cells.Select(c => featureIndex[c.FeatureId]).ToArray();
        var cellWords = knowledge.Cells.Select(c => Tokenizer.Split(c.SearchText).Select(w => w.Word).ToList()).ToList();
        _search = new Bm25Index(cellWords.Select(words => (IReadOnlyList<string>)words.Where(w => !QuestionWords.Stop.Contains(w)).Select(WordForms.Stem).ToList()).ToList());

        // Names and synonyms are the likeliest targets of a typo, so they win ties over words of the text.
        var targets = phrases.SelectMany(p => p.Forms).Where(f => f != Phrase.Gap)
            .Concat(knowledge.Cases.SelectMany(c => c.Aliases).Concat(knowledge.Features.SelectMany(f => f.Synonyms)).SelectMany(a => Tokenizer.Split(a).Select(w => w.Word)))
            .Concat(cellWords.SelectMany(w => w));
        var known = QuestionWords.Common.Concat(QuestionWords.Stop).Concat(QuestionWords.CaseNouns).Concat(QuestionWords.AllCases).Concat(QuestionWords.Overview);
        _corrector = new SpellingCorrector(targets, known);
    }

    public KnowledgeBase Knowledge => _knowledge;

    public LookupOptions Options => _options;

    public LookupResult Find(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tokens = Tokens(question);
        var analysis = QuestionAnalysis.Analyse(question, tokens, _phrases, _knowledge);
        var terms = analysis.ContentWords.Select(WordForms.Stem).Distinct(StringComparer.Ordinal).ToList();
        var decision = new LookupDecision(_knowledge, _options, analysis, terms, _search, _documentCase, _documentFeature);
        var result = decision.Decide(question);
        return result.Confidence >= _options.Threshold || result.Kind == LookupKind.OutOfScope
            ? result
            : result with { Kind = LookupKind.OutOfScope, CaseIds = [], FeatureIds = [], Alternatives = [new Reading(result.CaseIds, result.FeatureIds), .. result.Alternatives] };
    }

    /// <summary>Only splits and corrects the words: the cheapest part of a lookup, a baseline for benchmarks.</summary>
    internal int CountTokens(string question) => Tokens(question).Count;

    private List<Token> Tokens(string question)
    {
        var tokens = new List<Token>();
        foreach (var (start, length, word) in Tokenizer.Split(question))
        {
            if (QuestionWords.Articles.Contains(word))
            {
                continue;
            }

            var corrected = _corrector.Correct(word);
            tokens.Add(new Token(start, length, word, corrected ?? word, corrected is not null));
        }

        return tokens;
    }

    private static Phrase ToPhrase(PhraseKind kind, string id, string text)
    {
        var forms = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(part => part == Phrase.Gap ? [Phrase.Gap] : Tokenizer.Split(part).Select(w => w.Word))
            .Where(w => !QuestionWords.Articles.Contains(w))
            .Select(w => w == Phrase.Gap ? w : WordForms.Light(w))
            .ToArray();
        return new Phrase(kind, id, forms);
    }
}
