using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Lookup;

/// <summary>The signals found in one question: named cases and features, cue words, and the remaining content words.</summary>
internal sealed class QuestionAnalysis
{
    public List<string> CaseIds { get; } = [];

    public bool CaseCorrected { get; private set; }

    /// <summary>Feature id to weight: the number of words of the synonyms that named it.</summary>
    public Dictionary<string, double> FeatureWeights { get; } = new(StringComparer.Ordinal);

    public bool FeatureCorrected { get; private set; }

    /// <summary>The question asks about every case ("compare", "each case", "the cases").</summary>
    public bool AllCases { get; private set; }

    /// <summary>The question asks for a description ("tell me about", "what is").</summary>
    public bool Overview { get; private set; }

    public List<string> ContentWords { get; } = [];

    /// <summary>The content words of a description that points at a case ("the peer-led one"), kept apart from the rest.</summary>
    public List<string> ReferenceWords { get; } = [];

    /// <summary>Token positions that name a case by alias or number.</summary>
    public HashSet<int> CasePositions { get; } = [];

    /// <summary>Cue words of the question's shape: sharing ("in common"), purpose ("main goal"), defining ("what does it mean"), several answers ("which of them").</summary>
    public bool Sharing { get; private set; }

    public bool Purpose { get; private set; }

    public bool Defining { get; private set; }

    public bool Plural { get; private set; }

    /// <summary>The question asks for a whole case ("tell me about"), and <see cref="OnlyDescribes"/> when it asks nothing else.</summary>
    public bool Describes { get; private set; }

    public bool OnlyDescribes { get; private set; }

    /// <summary>The question asks which case: "which case…", "which one…", "where…".</summary>
    public bool AsksWhich { get; private set; }

    /// <summary>"the middle case": the one in the middle of an odd number of cases.</summary>
    public bool Middle { get; private set; }

    /// <summary>Stems of everyday words ("time", "work") that may match a cell by chance.</summary>
    public HashSet<string> CommonTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>The features asked for; one named in passing next to a stronger one ("the approach to vulnerability") is not.</summary>
    public List<string> NamedFeatures(KnowledgeBase knowledge)
    {
        if (FeatureWeights.Count == 0)
        {
            return [];
        }

        var strongest = FeatureWeights.Values.Max();
        return [.. knowledge.Features.Select(f => f.Id).Where(id => FeatureWeights.TryGetValue(id, out var weight) && weight >= 0.75 * strongest)];
    }

    public static QuestionAnalysis Analyse(string question, List<Token> tokens, PhraseMatcher phrases, KnowledgeBase knowledge, IReadOnlyCollection<int> reference)
    {
        var analysis = new QuestionAnalysis();
        var consumed = new HashSet<int>();
        var caseMentions = new List<(int Position, string CaseId)>();
        foreach (var match in phrases.Match(tokens))
        {
            if (match.Phrase.Kind == PhraseKind.Case)
            {
                consumed.UnionWith(match.Positions);
                analysis.CasePositions.UnionWith(match.Positions);
                caseMentions.Add((match.Positions[0], match.Phrase.TargetId));
                analysis.CaseCorrected |= match.Corrected;
            }
            else if (match.Positions.Any(reference.Contains))
            {
                // Feature words inside a description of a case ("the one that started with…") describe the case.
                continue;
            }
            else
            {
                consumed.UnionWith(match.Positions);
                analysis.FeatureWeights[match.Phrase.TargetId] = analysis.FeatureWeights.GetValueOrDefault(match.Phrase.TargetId) + match.Phrase.LiteralCount;
                analysis.FeatureCorrected |= match.Corrected;
            }
        }

        foreach (var (number, position) in CaseNumberReader.Read(question, tokens, knowledge.Cases.Count))
        {
            var numbered = knowledge.Cases.FirstOrDefault(c => c.Number == number);
            if (numbered is not null)
            {
                caseMentions.Add((position, numbered.Id));
                consumed.Add(position);
                analysis.CasePositions.Add(position);
            }
        }

        analysis.CaseIds.AddRange(caseMentions.OrderBy(m => m.Position).Select(m => m.CaseId).Distinct(StringComparer.Ordinal));
        analysis.Describes = tokens.Any(t => QuestionWords.DescribeCues.Contains(t.Word));
        analysis.OnlyDescribes = Enumerable.Range(0, tokens.Count).All(i => analysis.CasePositions.Contains(i) || QuestionWords.DescribeFrame.Contains(tokens[i].Word));
        analysis.AsksWhich = (tokens.Count > 0 && tokens[0].Word == "where")
            || Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i].Word is "which" or "what" && QuestionWords.CaseNouns.Contains(tokens[i + 1].Form));
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            analysis.AllCases |= QuestionWords.AllCases.Contains(token.Word)
                || (token.Word != token.Form && QuestionWords.CaseNouns.Contains(token.Form) && token.Word != "one" && !(i > 0 && QuestionWords.CaseNouns.Contains(tokens[i - 1].Form)))
                || (QuestionWords.Quantifiers.Contains(token.Word) && i + 1 < tokens.Count && QuestionWords.Quantified.Contains(tokens[i + 1].Word));
            analysis.Overview |= QuestionWords.Overview.Contains(token.Word);
            analysis.Sharing |= QuestionWords.Sharing.Contains(token.Word);
            analysis.Purpose |= QuestionWords.Purpose.Contains(token.Word);
            analysis.Defining |= QuestionWords.Defining.Contains(token.Word);
            analysis.Plural |= token.Word == "which" && i + 1 < tokens.Count && QuestionWords.Plural.Contains(tokens[i + 1].Word);
            analysis.Middle |= token.Word == "middle" && i + 1 < tokens.Count && QuestionWords.CaseNouns.Contains(tokens[i + 1].Form);
            if (reference.Contains(i))
            {
                if (!consumed.Contains(i) && !QuestionWords.Stop.Contains(token.Word))
                {
                    analysis.ReferenceWords.Add(token.Word);
                }

                continue;
            }

            if (!consumed.Contains(i) && !QuestionWords.Stop.Contains(token.Word) && !QuestionWords.CaseNouns.Contains(token.Form))
            {
                analysis.ContentWords.Add(token.Word);
                if (QuestionWords.Common.Contains(token.Word))
                {
                    analysis.CommonTerms.Add(WordForms.Stem(token.Word));
                }
            }
        }

        // "the middle case" of an odd number of cases is the one with as many before it as after it.
        if (analysis.Middle && analysis.CaseIds.Count == 0 && knowledge.Cases.Count % 2 == 1)
        {
            analysis.CaseIds.Add(knowledge.Cases[knowledge.Cases.Count / 2].Id);
            analysis.CasePositions.UnionWith(Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Word == "middle"));
        }

        return analysis;
    }
}
