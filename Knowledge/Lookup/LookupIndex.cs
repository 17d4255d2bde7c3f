using CoproBot.Knowledge.Model;

namespace CoproBot.Knowledge.Lookup;

/// <summary>Everything a lookup decision reads, built once per knowledge snapshot: the words index, the meaning index (if any), and where each cell sits.</summary>
internal sealed record LookupIndex(KnowledgeBase Knowledge, LookupOptions Options, Bm25Index Search, int[] DocumentCase, int[] DocumentFeature, MeaningIndex? Meaning)
{
    public string CaseId(int cell) => Knowledge.Cases[DocumentCase[cell]].Id;

    public string FeatureId(int cell) => Knowledge.Features[DocumentFeature[cell]].Id;

    public int Cell(string caseId, string featureId)
    {
        for (var d = 0; d < DocumentCase.Length; d++)
        {
            if (CaseId(d) == caseId && FeatureId(d) == featureId)
            {
                return d;
            }
        }

        return -1;
    }

    public List<string> AllCaseIds => [.. Knowledge.Cases.Select(c => c.Id)];

    public List<string> AllFeatureIds => [.. Knowledge.Features.Select(f => f.Id)];
}
