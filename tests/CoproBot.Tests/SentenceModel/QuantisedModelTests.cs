using CoproBot.Knowledge.Meaning;
using CoproBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CoproBot.Tests.SentenceModel;

/// <summary>The int8 model CoproBot runs must mean what the full-precision model means.</summary>
public sealed class QuantisedModelTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryWeightProjectionIsRewrittenAndTheAttentionProductsAreNot()
    {
        var model = MiniLmEmbedder.ShippedModel();

        var (_, rewritten) = WeightQuantiser.Quantise(model);

        // Six layers, each with query, key, value, output, and two feed-forward projections.
        Assert.Equal(36, rewritten);
    }

    [Fact]
    public void QuantisedVectorsPointWhereTheFullModelsDo()
    {
        var full = new MiniLmEmbedder(quantised: false);
        var texts = EvalFiles.Rows("lookup-questions-2.tsv", 1).Concat(EvalFiles.Rows("crisis-messages-blind-2.tsv", 1)).Select(r => r[0]).ToList();

        var similarities = texts.Select(t => Vectors.Similarity(full.Embed(t), MiniLmEmbedder.Shared.Embed(t))).ToList();

        output.WriteLine($"int8 against full precision over {texts.Count} texts: mean cosine {similarities.Average():F4}, lowest {similarities.Min():F4}");
        Assert.True(similarities.Average() > 0.985, $"mean cosine {similarities.Average():F4}");
        Assert.True(similarities.Min() > 0.96, $"lowest cosine {similarities.Min():F4}");
    }
}
