namespace CoproBot.Knowledge.Meaning;

/// <summary>The process's one sentence model, loaded on the first sentence rather than when a service is built.</summary>
/// <remarks>Building the services of a host (or of a test) costs nothing; the model's second of loading comes with the first use, or the warm-up.</remarks>
public sealed class SharedSentenceModel : ISentenceEmbedder
{
    private SharedSentenceModel()
    {
    }

    public static SharedSentenceModel Instance { get; } = new();

    public int Dimensions => 384;

    public float[] Embed(string text) => MiniLmEmbedder.Shared.Embed(text);

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts) => MiniLmEmbedder.Shared.Embed(texts);
}
