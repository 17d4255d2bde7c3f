using CoproBot.Knowledge.Meaning;
using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Lookup;

/// <summary>Reads natural-language questions as cases and features; built once per knowledge snapshot.</summary>
/// <remarks>
/// Words first: names, synonyms, numbers and BM25 over the cells. When they settle the question (a case and a
/// feature named, nothing else asked) that is the answer, at no further cost. Otherwise, with a sentence model, the
/// question is read by meaning as well (<see cref="MeaningDecision"/>): one embedding, compared with every cell's
/// pieces and the curated paraphrases. Immutable after construction and safe to share between threads.
/// </remarks>
public sealed class KnowledgeLookup
{
    // A content reading of the words this sure has every content word in one cell, well ahead of any other.
    private const double SettledContent = 0.85;

    private readonly KnowledgeBase _knowledge;
    private readonly LookupOptions _options;
    private readonly SpellingCorrector _corrector;
    private readonly PhraseMatcher _phrases;
    private readonly LookupIndex _index;
    private readonly QuestionText _text;

    public KnowledgeLookup(KnowledgeBase knowledge, LookupOptions? options = null, ISentenceEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _options = options ?? new LookupOptions();
        var data = MeaningData.Shipped;
        var phrases = knowledge.Cases.SelectMany(c => c.Aliases.Select(a => ToPhrase(PhraseKind.Case, c.Id, a)))
            .Concat(knowledge.Features.SelectMany(f => f.Synonyms.Append(f.Title.ToLowerInvariant()).Select(s => ToPhrase(PhraseKind.Feature, f.Id, s))))
            .ToList();
        _phrases = new PhraseMatcher(phrases);

        var caseIndex = knowledge.Cases.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var featureIndex = knowledge.Features.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var cellWords = knowledge.Cells.Select(c => Tokenizer.Split(c.SearchText).Select(w => w.Word).ToList()).ToList();
        var search = new Bm25Index(cellWords.Select(words => (IReadOnlyList<string>)words.Where(w => !QuestionWords.Stop.Contains(w)).Select(WordForms.Stem).ToList()).ToList());
        var meaning = embedder is null ? null : new MeaningIndex(knowledge, embedder, data);
        _index = new LookupIndex(knowledge, _options, search, [.. knowledge.Cells.Select(c => caseIndex[c.CaseId])], [.. knowledge.Cells.Select(c => featureIndex[c.FeatureId])], meaning);

        // French paraphrases of a feature read as the feature's own title; then the glossary reads the other words.
        var titles = knowledge.Features.ToDictionary(f => f.Id, f => f.Title.ToLowerInvariant(), StringComparer.Ordinal);
        _text = new QuestionText(new FrenchReading(data.FeatureParaphrases.Where(p => p.Language == "fr" && titles.ContainsKey(p.Id)).Select(p => (p.Text, titles[p.Id]))
            .Concat(data.CaseDescriptions.Where(d => d.Language == "fr" && knowledge.HasCase(d.Id)).Select(d => (d.Text, knowledge.Case(d.Id).Name.ToLowerInvariant())))
            .Concat(data.Glossary)));

        // Names and synonyms are the likeliest targets of a typo, so they win ties over words of the text.
        var targets = phrases.SelectMany(p => p.Forms).Where(f => f != Phrase.Gap)
            .Concat(knowledge.Cases.SelectMany(c => c.Aliases).Concat(knowledge.Features.SelectMany(f => f.Synonyms)).SelectMany(a => Tokenizer.Split(a).Select(w => w.Word)))
            .Concat(cellWords.SelectMany(w => w));
        var known = QuestionWords.Common.Concat(QuestionWords.Stop).Concat(QuestionWords.CaseNouns).Concat(QuestionWords.AllCases).Concat(QuestionWords.Overview);
        _corrector = new SpellingCorrector(targets, known, embedder as IWordList);
    }

    public KnowledgeBase Knowledge => _knowledge;

    public LookupOptions Options => _options;

    /// <summary>Whether questions are also read by meaning (a sentence model was given).</summary>
    public bool ReadsMeaning => _index.Meaning is not null;

    /// <summary>Embeds the cells and curated phrases now, so the first question does not wait for them.</summary>
    public void Warm() => _index.Meaning?.Warm();

    public LookupResult Find(string question) => Find(question, null);

    /// <summary>Reads a question; <paramref name="context"/> is what the conversation's last answer was about, for follow-ups.</summary>
    public LookupResult Find(string question, LookupContext? context)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = _text.Normalise(question);
        var tokens = Tokens(text);
        var reference = ReferenceSpan.Find(text, tokens);
        var analysis = QuestionAnalysis.Analyse(text, tokens, _phrases, _knowledge, reference);
        var terms = Terms(analysis.ContentWords);
        if (context is not null && FollowUp.Read(_index, analysis, terms, tokens, context) is { } followUp)
        {
            return Final(question, analysis, followUp with { Question = question });
        }

        // Without meaning, the words of a description are searched like any other content words.
        var lexicalTerms = _index.Meaning is null ? Terms(analysis.ContentWords.Concat(analysis.ReferenceWords)) : terms;
        var lexical = new LookupDecision(_knowledge, _options, analysis, lexicalTerms, _index.Search, _index.DocumentCase, _index.DocumentFeature).Decide(question);
        if (_index.Meaning is null || IsSettledByWords(lexical, analysis, terms))
        {
            return Final(question, analysis, Shapes.Apply(_index, analysis, terms, lexical));
        }

        var named = analysis.NamedFeatures(_knowledge);
        if (named.Count > 0 && analysis.ReferenceWords.Count == 0 && (analysis.CaseIds.Count > 0 || analysis.AllCases))
        {
            // Names say which cells; meaning has nothing to add, and costs an embedding.
            var cases = analysis.CaseIds.Count > 0 ? analysis.CaseIds : _index.AllCaseIds;
            return Final(question, analysis, Shapes.Apply(_index, analysis, terms, NamedReading.Decide(_index, analysis, terms, question, cases, named)));
        }

        var scores = new MeaningScores(_index, _index.Meaning.Embed(Masked(tokens, analysis, reference)), terms);
        var meant = new MeaningDecision(_index, analysis, terms, scores, ResolveReference).Decide(question, named);
        return Final(question, analysis, Shapes.Apply(_index, analysis, terms, meant));
    }

    /// <summary>Only splits and corrects the words: the cheapest part of a lookup, a baseline for benchmarks.</summary>
    internal int CountTokens(string question) => Tokens(_text.Normalise(question)).Count;

    // Names with nothing else to read ("What are ESTHER's principles?", "Tell me about the Dundee project"), or the
    // table's own words found in one cell and no other ("Which case talks about serious fun?").
    private static bool IsSettledByWords(LookupResult lexical, QuestionAnalysis analysis, List<string> terms) =>
        analysis.ReferenceWords.Count == 0 && !analysis.CaseCorrected && !analysis.FeatureCorrected && !analysis.Plural
        && ((terms.Count == 0 && (lexical.Kind is LookupKind.Feature or LookupKind.Comparison || (lexical.Kind == LookupKind.Overview && analysis.OnlyDescribes)))
            || (lexical.Kind == LookupKind.Content && lexical.Confidence >= SettledContent && analysis.CaseIds.Count == 0));

    private LookupResult Final(string question, QuestionAnalysis analysis, LookupResult result)
    {
        result = result with { NamesFeature = analysis.NamedFeatures(_knowledge).Count > 0 };
        return result.Confidence >= _options.Threshold || result.Kind is LookupKind.OutOfScope or LookupKind.Clarify
            ? result
            : result with { Kind = LookupKind.OutOfScope, CaseIds = [], FeatureIds = [], Excerpts = null, Alternatives = [new Reading(result.CaseIds, result.FeatureIds), .. result.Alternatives] };
    }

    private static List<string> Terms(IEnumerable<string> words) => [.. words.Select(WordForms.Stem).Distinct(StringComparer.Ordinal)];

    // The case's name says which case, not what about it: "What does ESTHER believe in?" is compared as "what does it believe in".
    private static string Masked(List<Token> tokens, QuestionAnalysis analysis, List<int> reference)
    {
        var words = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            // "the Dundee project" is "it" as a whole.
            var named = analysis.CasePositions.Contains(i) || reference.Contains(i)
                || (i > 0 && QuestionWords.CaseNouns.Contains(tokens[i].Form) && (analysis.CasePositions.Contains(i - 1) || reference.Contains(i - 1)));
            var word = named ? "it" : tokens[i].Word;
            if (!(named && words.Count > 0 && words[^1] == "it"))
            {
                words.Add(word);
            }
        }

        return string.Join(' ', words);
    }

    // "the peer-led one", "the one with the courses": the case whose description or cells are nearest the words.
    private string? ResolveReference(string question, List<string> words)
    {
        var meaning = _index.Meaning!;
        var vector = meaning.Embed("the " + string.Join(' ', words) + " one");
        var descriptions = meaning.Cases(vector);
        var scores = new MeaningScores(_index, vector, Terms(words.Where(w => !QuestionWords.Stop.Contains(w))));
        var byCase = _knowledge.Cases
            .Select(c => (c.Id, Score: Math.Max(descriptions.GetValueOrDefault(c.Id, 0f), scores.Cells(d => _index.CaseId(d) == c.Id).FirstOrDefault().Score)))
            .OrderByDescending(c => c.Score)
            .ToList();
        return byCase.Count > 0 && byCase[0].Score >= 0.45 && (byCase.Count == 1 || byCase[0].Score - byCase[1].Score >= 0.04) ? byCase[0].Id : null;
    }

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
