using System.Numerics.Tensors;

namespace CoproBot.Knowledge.Meaning;

/// <summary>Arithmetic on embedding vectors.</summary>
/// <remarks>Every message is compared with hundreds of vectors, so the arithmetic is the runtime's own vectorised kind.</remarks>
public static class Vectors
{
    /// <summary>The cosine of two unit vectors.</summary>
    public static float Similarity(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("The vectors have different lengths.", nameof(b));
        }

        return TensorPrimitives.Dot(a, b);
    }

    /// <summary>Scales <paramref name="vector"/> to length one in place (a zero vector stays zero).</summary>
    public static void Normalise(Span<float> vector)
    {
        var length = TensorPrimitives.Norm(vector);
        if (length > 0)
        {
            TensorPrimitives.Divide(vector, length, vector);
        }
    }
}
