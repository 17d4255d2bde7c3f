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
        foreach (var question in questions)
        {
            total++;
            var answer = ask(question.Question);
            if (!IsCorrect(question, answer))
            {
                failures.Add((question, answer));
            }
        }

        return new EvalReport(total, total - failures.Count, failures);
    }
}
