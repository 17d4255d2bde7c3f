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

    /// <summary>Stems of everyday words ("time", "work") that may match a cell by chance.</summary>
    public HashSet<string> CommonTerms { get; } = new(StringComparer.Ordinal);

    public static QuestionAnalysis Analyse(string question, List<Token> tokens, PhraseMatcher phrases, KnowledgeBase knowledge)
    {
        var analysis = new QuestionAnalysis();
        var consumed = new HashSet<int>();
        var caseMentions = new List<(int Position, string CaseId)>();
        foreach (var match in phrases.Match(tokens))
        {
            consumed.UnionWith(match.Positions);
            if (match.Phrase.Kind == PhraseKind.Case)
            {
                caseMentions.Add((match.Positions[0], match.Phrase.TargetId));
                analysis.CaseCorrected |= match.Corrected;
            }
            else
            {
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
            }
        }

        analysis.CaseIds.AddRange(caseMentions.OrderBy(m => m.Position).Select(m => m.CaseId).Distinct(StringComparer.Ordinal));
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            analysis.AllCases |= QuestionWords.AllCases.Contains(token.Word)
                || (token.Word != token.Form && QuestionWords.CaseNouns.Contains(token.Form) && token.Word != "one")
                || (QuestionWords.Quantifiers.Contains(token.Word) && i + 1 < tokens.Count && QuestionWords.Quantified.Contains(tokens[i + 1].Word));
            analysis.Overview |= QuestionWords.Overview.Contains(token.Word);
            if (!consumed.Contains(i) && !QuestionWords.Stop.Contains(token.Word) && !QuestionWords.CaseNouns.Contains(token.Form))
            {
                analysis.ContentWords.Add(token.Word);
                if (QuestionWords.Common.Contains(token.Word))
                {
                    analysis.CommonTerms.Add(WordForms.Stem(token.Word));
                }
            }
        }

        return analysis;
    }
}
