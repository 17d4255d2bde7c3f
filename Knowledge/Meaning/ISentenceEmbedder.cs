namespace CoproBot.Knowledge.Meaning;

/// <summary>Turns sentences into unit vectors whose dot product says how close their meanings are.</summary>
public interface ISentenceEmbedder
{
    int Dimensions { get; }

    float[] Embed(string text);

    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts);
}
