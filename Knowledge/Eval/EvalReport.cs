namespace CoproBot.Knowledge.Eval;

/// <summary>The outcome of an eval run: accuracy, per section too, and each wrong answer next to what was expected.</summary>
public sealed record EvalReport(int Total, int Correct, IReadOnlyList<(EvalQuestion Expected, BatchAnswer Actual)> Failures, IReadOnlyList<SectionScore> Sections)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}
