using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace CoproBot.Knowledge.Meaning;

/// <summary>Rewrites a model so that its weight multiplications run in 8-bit integers: each MatMul by a constant
/// matrix becomes ONNX Runtime's DynamicQuantizeMatMul, with the matrix stored as int8, one scale per column.</summary>
/// <remarks>
/// Only the projections by learned weights are rewritten (in MiniLM, 36 of its 48 MatMuls); the attention products of
/// two activations stay in float. A bias added to the product right after is folded into the same node. The activations are quantised per call, so nothing is calibrated ahead of time. On
/// chat-length sentences this makes a sentence about three times faster, at a cosine of about 0.99 to the full model's
/// vector. It runs once, when the model loads.
/// </remarks>
public static class WeightQuantiser
{
    private const string ContribDomain = "com.microsoft";
    private const int FloatType = (int)TensorProto.Types.DataType.Float;
    private const int Int8Type = (int)TensorProto.Types.DataType.Int8;

    /// <summary>The model with its constant-weight MatMuls quantised, and how many were.</summary>
    public static (byte[] Model, int Rewritten) Quantise(byte[] model)
    {
        var proto = ModelProto.Parser.ParseFrom(model);
        var graph = proto.Graph;
        var weights = graph.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var rewritten = 0;
        foreach (var node in graph.Node.ToList())
        {
            if (node.OpType != "MatMul" || node.Domain.Length > 0 || !weights.TryGetValue(node.Input[1], out var weight) || !IsFloatMatrix(weight) || UsedElsewhere(graph, weight.Name, node))
            {
                continue;
            }

            var (quantised, scales, zeros) = PerColumn(weight);
            graph.Initializer.Remove(weight);
            graph.Initializer.Add(quantised);
            graph.Initializer.Add(scales);
            graph.Initializer.Add(zeros);
            var replacement = new NodeProto { OpType = "DynamicQuantizeMatMul", Domain = ContribDomain, Name = node.Name + "_int8" };
            replacement.Input.Add(node.Input[0]);
            replacement.Input.Add(quantised.Name);
            replacement.Input.Add(scales.Name);
            replacement.Input.Add(zeros.Name);
            replacement.Output.Add(node.Output[0]);

            // The bias added right after is taken into the same node: one operator fewer per projection.
            if (BiasAddOf(graph, weights, node.Output[0], (int)weight.Dims[1]) is { } add)
            {
                replacement.Input.Add(add.Bias);
                replacement.Output[0] = add.Node.Output[0];
                graph.Node.Remove(add.Node);
            }

            graph.Node[graph.Node.IndexOf(node)] = replacement;
            rewritten++;
        }

        if (rewritten > 0 && !proto.OpsetImport.Any(o => o.Domain == ContribDomain))
        {
            proto.OpsetImport.Add(new OperatorSetIdProto { Domain = ContribDomain, Version = 1 });
        }

        return (proto.ToByteArray(), rewritten);
    }

    // The only consumer of the product is an Add of a constant vector as long as the product's rows.
    private static (NodeProto Node, string Bias)? BiasAddOf(GraphProto graph, Dictionary<string, TensorProto> weights, string product, int columns)
    {
        var consumers = graph.Node.Where(n => n.Input.Contains(product)).ToList();
        if (consumers is not [{ OpType: "Add", Domain: "" } add] || graph.Output.Any(o => o.Name == product))
        {
            return null;
        }

        var other = add.Input[0] == product ? add.Input[1] : add.Input[0];
        return weights.TryGetValue(other, out var bias) && bias.DataType == FloatType && bias.Dims.Count == 1 && bias.Dims[0] == columns
            ? (add, other)
            : null;
    }

    private static bool IsFloatMatrix(TensorProto tensor) =>
        tensor.DataType == FloatType && tensor.Dims.Count == 2 && tensor.RawData.Length == tensor.Dims[0] * tensor.Dims[1] * sizeof(float);

    // A weight shared with another node must keep its float form for that node.
    private static bool UsedElsewhere(GraphProto graph, string name, NodeProto node) =>
        graph.Node.Any(n => !ReferenceEquals(n, node) && n.Input.Contains(name));

    // Symmetric, one scale per output column: the column's largest magnitude maps to 127, and zero stays zero.
    private static (TensorProto Quantised, TensorProto Scales, TensorProto Zeros) PerColumn(TensorProto weight)
    {
        var rows = (int)weight.Dims[0];
        var columns = (int)weight.Dims[1];
        var values = MemoryMarshal.Cast<byte, float>(weight.RawData.Span);
        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                scales[c] = Math.Max(scales[c], Math.Abs(values[(r * columns) + c]));
            }
        }

        for (var c = 0; c < columns; c++)
        {
            scales[c] = scales[c] > 0 ? scales[c] / 127f : 1f;
        }

        var quantised = new sbyte[values.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                quantised[(r * columns) + c] = (sbyte)Math.Clamp(MathF.Round(values[(r * columns) + c] / scales[c]), -127f, 127f);
            }
        }

        return (
            Tensor(weight.Name + "_int8", Int8Type, MemoryMarshal.AsBytes(quantised.AsSpan()), rows, columns),
            Tensor(weight.Name + "_scale", FloatType, MemoryMarshal.AsBytes(scales.AsSpan()), columns),
            Tensor(weight.Name + "_zero", Int8Type, new byte[columns], columns));
    }

    private static TensorProto Tensor(string name, int type, ReadOnlySpan<byte> data, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = type, RawData = ByteString.CopyFrom(data) };
        tensor.Dims.Add(dims);
        return tensor;
    }
}
