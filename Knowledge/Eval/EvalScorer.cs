namespace CoproBot.Knowledge.Eval;

/// <summary>Scores answers: the case set must equal the expected one, and the features must be a non-empty subset of the acceptable ones.</summary>
public static class EvalScorer
{
    public static bool IsCorrect(EvalQuestion expected, BatchAnswer actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (!expected.ExpectedCases.SetEquals(actual.Cases))
        {
            return false;
        }

        if (expected.AnyFeature)
        {
            return actual.Features.Count > 0;
        }

        return expected.AcceptableFeatures.Count == 0
            ? actual.Features.Count == 0
            : actual.Features.Count > 0 && actual.Features.All(expected.AcceptableFeatures.Contains);
    }

    public static EvalReport Score(IEnumerable<EvalQuestion> questions, Func<string, BatchAnswer> ask)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(ask);
        var total = 0;
        var failures = new List<(EvalQuestion, BatchAnswer)>();
        var sections = new List<(string Section, int Total, int Correct)>();
        foreach (var question in questions)
        {
            total++;
            var answer = ask(question.Question);
            var correct = IsCorrect(question, answer);
            if (!correct)
            {
                failures.Add((question, answer));
            }

            var index = sections.FindIndex(s => s.Section == question.Section);
            if (index < 0)
            {
                sections.Add((question.Section, 0, 0));
                index = sections.Count - 1;
            }

            sections[index] = (question.Section, sections[index].Total + 1, sections[index].Correct + (correct ? 1 : 0));
        }

        return new EvalReport(total, total - failures.Count, failures, [.. sections.Select(s => new SectionScore(s.Section, s.Total, s.Correct))]);
    }
}
