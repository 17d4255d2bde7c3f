using CoproBot.Dialogs.Prompts;
using CoproBot.Knowledge.Catalog;

namespace CoproBot.Dialogs.Understanding;

/// <summary>The one reader of what a message means, in the context of what the person is in the middle of.</summary>
/// <remarks>
/// The same words mean different things at different prompts: "later" while paused is "not now", "no" at a note is
/// "no note", "mostly" at a rating is 4, "what do you mean?" at a question asks for it to be explained. A command is read
/// only when its phrases account for the whole message, so an answer that contains command words stays an answer.
/// Where the lexical reading is not certain, an <see cref="IMeaningExamples"/> reader (by similarity to labelled
/// examples) may place the words among the meanings the context allows.
/// </remarks>
public sealed class MeaningReader
{
    /// <summary>The confidence of a command whose phrases account for every word of the message.</summary>
    public const double CertainCommand = 0.95;
    private const double LooseYesOrNo = 0.7;
    private const double DefaultExampleSimilarity = 0.6;

    // What a prompt expects when nothing else is meant: free text is an answer, a note is a note.
    private static readonly Dictionary<Awaiting, MeaningKind> Expected = new()
    {
        [Awaiting.Question] = MeaningKind.Answer,
        [Awaiting.Place] = MeaningKind.Answer,
        [Awaiting.Note] = MeaningKind.Note,
    };

    private readonly MeaningVocabulary _vocabulary;
    private readonly KnowledgeQuestions? _knowledge;
    private readonly IMeaningExamples? _examples;
    private readonly double _exampleSimilarity;

    /// <param name="vocabulary">The vocabulary; <see cref="MeaningVocabulary.Shipped"/> in the bot.</param>
    /// <param name="knowledge">The cases, to tell a question about them from an answer; without it none is read.</param>
    /// <param name="knowledgeConfidence">How sure the knowledge lookup must be for a question mid-reflection to be one.</param>
    /// <param name="examples">A reading by similarity, for words the vocabulary cannot place; none today.</param>
    /// <param name="exampleSimilarity">How similar to a meaning's examples a message must be to take that meaning.</param>
    public MeaningReader(
        MeaningVocabulary vocabulary,
        KnowledgeCatalog? knowledge = null,
        double knowledgeConfidence = 0.5,
        IMeaningExamples? examples = null,
        double exampleSimilarity = DefaultExampleSimilarity)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _vocabulary = vocabulary;
        _knowledge = knowledge is null ? null : new KnowledgeQuestions(knowledge, knowledgeConfidence);
        _examples = examples;
        _exampleSimilarity = exampleSimilarity;
    }

    /// <summary>A reader of the shipped vocabulary alone, with no knowledge of the cases.</summary>
    public static MeaningReader Lexical { get; } = new(MeaningVocabulary.Shipped);

    public MeaningVocabulary Vocabulary => _vocabulary;

    /// <summary>The command the message's words certainly give at this prompt, or null: no looser reading is tried.</summary>
    /// <remarks>For checks that act only on a certain reading, such as "yes" to deleting everything, and run on every message.</remarks>
    public Meaning? ReadCertain(string? text, MessageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        text = (text ?? string.Empty).Trim();
        var words = MessageWords.Split(text);
        return words.Count == 0 ? null : Command(text, words, context);
    }

    public Meaning Read(string? text, MessageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        text = (text ?? string.Empty).Trim();
        var awaiting = context.Awaiting;
        var words = MessageWords.Split(text);
        if (words.Count == 0)
        {
            return Meaning.Nothing;
        }

        // "? what are the CMHA principles": asked of CoproBot, wherever the person is.
        if (text.StartsWith('?') && awaiting != Awaiting.Confirmation)
        {
            return new Meaning(MeaningKind.KnowledgeQuestion, 1, Argument: text[1..].Trim());
        }

        var command = Command(text, words, context);
        switch (awaiting)
        {
            case Awaiting.Confirmation:
                // A whole-message yes or no is certain; the yes/no reader adds typos ("yess") and first words
                // ("sure, go on"), which are looser.
                if (command is { Kind: MeaningKind.Yes or MeaningKind.No or MeaningKind.Unsure })
                {
                    return command;
                }

                return YesNoRecognizer.Recognize(text) switch
                {
                    true => new Meaning(MeaningKind.Yes, LooseYesOrNo),
                    false => new Meaning(MeaningKind.No, LooseYesOrNo),
                    null => command ?? ByExamples(text, context) ?? Meaning.Nothing,
                };
            case Awaiting.Rating:
                // Steering words first ("what does 1 mean?" is not a 1), then the scale, then small talk ("great" is a 5).
                if (command is not null && !IsSmallTalk(command.Kind))
                {
                    return command;
                }

                if (_vocabulary.Ratings.Read(text, words) is { } rating)
                {
                    return new Meaning(MeaningKind.Rating, words.Count == 1 ? 1 : 0.9, Rating: rating);
                }

                // A rating is never a question, so a question about the cases asked at one is answered, not refused.
                if (command is null && _knowledge?.Asks(text) is { } asked)
                {
                    return new Meaning(MeaningKind.KnowledgeQuestion, asked);
                }

                return command ?? ByExamples(text, context) ?? Meaning.Nothing;
            case Awaiting.Question when command is null && _knowledge?.Asks(text) is { } confidence:
                return new Meaning(MeaningKind.KnowledgeQuestion, confidence);
        }

        if (command is not null)
        {
            return command;
        }

        if (ByExamples(text, context) is { } similar)
        {
            return similar;
        }

        return Expected.TryGetValue(awaiting, out var expected) ? new Meaning(expected, 0.9) : Meaning.Nothing;
    }

    // A command whose phrases account for the whole message, at this prompt.
    private Meaning? Command(string text, List<MessageWord> words, MessageContext context)
    {
        var times = TimeSpans.Find(words, _vocabulary.Times);
        var promptWords = new Lazy<HashSet<string>>(() => new(MessageWords.Split(context.Prompt).Select(w => w.Text), StringComparer.Ordinal));
        return CueReading.Best(_vocabulary, words, _vocabulary.ByContext[context.Awaiting], promptWords, times) is { } reading
            ? ToMeaning(reading, text, words, times)
            : null;
    }

    private Meaning? ByExamples(string text, MessageContext context)
    {
        if (_examples is null)
        {
            return null;
        }

        var candidates = _vocabulary.MeaningsIn(context.Awaiting);
        return _examples.Nearest(text, context, candidates) is { } nearest && nearest.Similarity >= _exampleSimilarity && candidates.Contains(nearest.Kind)
            ? new Meaning(nearest.Kind, nearest.Similarity)
            : null;
    }

    private static Meaning ToMeaning(CueReading reading, string text, List<MessageWord> words, TimeSpans times)
    {
        var argument = reading.Text is { } match ? Original(text, words, match.TextFrom, match.TextTo) : null;
        var when = reading.Entry.TakesTimes && times.Any ? Original(text, words, times.FirstStart, words.Count) : null;
        return new Meaning(reading.Entry.Kind, CertainCommand, Argument: argument, When: when);
    }

    // The person's own words as written, between the words around them, so markup such as "<at>Sam</at>" survives.
    private static string Original(string text, List<MessageWord> words, int from, int to)
    {
        var start = from == 0 ? 0 : words[from - 1].End;
        var end = to >= words.Count ? text.Length : words[to].Start;
        return text[start..end].Trim(' ', '\t', ':', ';', ',', '.', '!', '?', '#');
    }

    private static bool IsSmallTalk(MeaningKind kind) => kind is MeaningKind.Thanks or MeaningKind.Greeting or MeaningKind.Goodbye;
}
