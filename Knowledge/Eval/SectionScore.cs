namespace CoproBot.Knowledge.Eval;

/// <summary>How many questions of one section of an eval set were answered correctly.</summary>
public sealed record SectionScore(string Section, int Total, int Correct)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}
