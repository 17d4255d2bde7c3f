using System.Numerics;

namespace CoproBot.Knowledge.Meaning;

/// <summary>Arithmetic on embedding vectors.</summary>
public static class Vectors
{
    /// <summary>The cosine of two unit vectors.</summary>
    public static float Similarity(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("The vectors have different lengths.", nameof(b));
        }

        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    /// <summary>Scales <paramref name="vector"/> to length one in place (a zero vector stays zero).</summary>
    public static void Normalise(Span<float> vector)
    {
        var length = MathF.Sqrt(Similarity(vector, vector));
        if (length > 0)
        {
            foreach (ref var value in vector)
            {
                value /= length;
            }
        }
    }
}
