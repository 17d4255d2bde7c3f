namespace CoproBot.Knowledge.Eval;

/// <summary>The outcome of an eval run: accuracy, and each wrong answer next to what was expected.</summary>
public sealed record EvalReport(int Total, int Correct, IReadOnlyList<(EvalQuestion Expected, BatchAnswer Actual)> Failures)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}
