using System.Collections.Frozen;

namespace CoproBot.Knowledge.Lookup;

/// <summary>The words of question phrasing, as opposed to the words that say what is asked about.</summary>
/// <remarks>These describe English questions, not the cases, so they live in code rather than in the knowledge data.</remarks>
internal static class QuestionWords
{
    /// <summary>Nouns that stand for "a case" in "the second case", "which initiative", "case 3".</summary>
    public static readonly FrozenSet<string> CaseNouns = Set("case", "initiative", "project", "example", "study", "program", "programme", "one", "model", "scheme");

    /// <summary>Words that ask for every case at once.</summary>
    public static readonly FrozenSet<string> AllCases = Set("compare", "comparison", "comparing", "contrast", "differ", "difference", "different", "similar", "similarity", "across", "versus", "vs", "between", "side");

    /// <summary>Words that ask for every case only when they quantify cases: "each case", "all three", "both of them".</summary>
    public static readonly FrozenSet<string> Quantifiers = Set("every", "each", "all", "both");

    /// <summary>Words after a quantifier that make it quantify cases.</summary>
    public static readonly FrozenSet<string> Quantified = Set("case", "initiative", "project", "example", "study", "program", "programme", "model", "scheme", "of", "three", "them", "cases", "initiatives", "projects", "examples", "studies", "programs", "programmes", "models", "schemes");

    /// <summary>Words that ask for a description of the whole case.</summary>
    public static readonly FrozenSet<string> Overview = Set("tell", "about", "overview", "summary", "summarise", "summarize", "describe", "explain", "introduce", "what");

    /// <summary>Words that pick a case by its place in the list, read by <see cref="CaseNumberReader"/>.</summary>
    public static readonly FrozenSet<string> Ordinals = Set("first", "second", "third", "fourth", "fifth", "last", "final", "middle", "next", "previous", "other", "same");

    /// <summary>Words that ask what cases have in common.</summary>
    public static readonly FrozenSet<string> Sharing = Set("share", "shared", "common", "overlap", "overlaps", "alike");

    /// <summary>Words that ask what a case is for.</summary>
    public static readonly FrozenSet<string> Purpose = Set("goal", "goals", "objective", "objectives", "purpose", "mission", "achieve", "achieving");

    /// <summary>Words that ask what a word means.</summary>
    public static readonly FrozenSet<string> Defining = Set("mean", "means", "meaning", "define", "definition", "anyway", "exactly", "what");

    /// <summary>Words after "which" that ask for more than one case: "which of them", "which cases".</summary>
    public static readonly FrozenSet<string> Plural = Set("of", "cases", "ones", "projects", "initiatives", "programmes", "programs", "examples", "studies", "models");

    /// <summary>Words that ask for a whole case and nothing in particular: "tell me about it", "give me an overview".</summary>
    public static readonly FrozenSet<string> DescribeCues = Set("tell", "about", "overview", "summary", "summarise", "summarize", "describe", "introduce", "explain");

    /// <summary>The only words besides names in a request for a whole case ("what do you know about ESTHER?"); any other word may ask for a part.</summary>
    public static readonly FrozenSet<string> DescribeFrame = Set(
        "tell", "me", "us", "about", "what", "whats", "is", "are", "was", "who", "describe", "overview", "summary", "summarise", "summarize",
        "give", "of", "please", "can", "could", "would", "you", "introduce", "explain", "know", "do", "does", "info", "information", "more",
        "on", "quick", "brief", "briefly", "short", "case", "cases", "project", "initiative", "one", "this", "that", "it", "and", "all",
        "i", "to", "like", "some", "anything", "everything", "hi", "hello", "so", "then", "now", "just", "show", "say", "number", "no");

    /// <summary>Articles, dropped before phrases are matched so "the fourth case" and "fourth case" match alike.</summary>
    public static readonly FrozenSet<string> Articles = Set("the", "a", "an");

    /// <summary>Words that carry no content for the full-text search.</summary>
    public static readonly FrozenSet<string> Stop = Set(
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or",
        "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with", "what", "which", "who",
        "whom", "whose", "how", "why", "where", "when", "do", "does", "did", "done", "doing", "can", "could", "would", "should", "may",
        "might", "must", "shall", "you", "your", "me", "my", "i", "we", "our", "us", "tell", "about", "show", "list", "give", "describe",
        "explain", "please", "case", "cases", "initiative", "initiatives", "project", "projects", "one", "ones", "example", "study",
        "talk", "talks", "talking", "mention", "mentions", "mentioned", "say", "says", "said", "mean", "means", "meant", "have", "has",
        "had", "its", "them", "those", "from", "been", "being", "am", "some", "any", "all", "each", "every", "both", "between", "across",
        "compare", "comparison", "differ", "difference", "different", "versus", "vs", "three", "use", "uses", "used", "using", "get",
        "know", "want", "s", "t", "here", "so", "than", "rather", "also", "there", "view", "think", "thing", "things", "kind", "sort",
        "bit", "more", "much", "many", "very", "really", "just", "something", "anything", "someone", "anyone", "overview", "summary",
        "summarise", "summarize", "introduce", "info", "information", "detail", "details", "scheme", "program", "programme", "model",
        "cover", "covers", "say", "focus", "focuses", "aim", "aims", "side");

    /// <summary>Common English words that are never "corrected" into a word of the knowledge.</summary>
    public static readonly FrozenSet<string> Common = Set(
        "hello", "hi", "hey", "thanks", "thank", "bye", "goodbye", "yes", "yeah", "okay", "ok", "weather", "today", "tomorrow",
        "yesterday", "time", "date", "day", "week", "joke", "funny", "book", "books", "booking", "appointment", "doctor", "doctors",
        "nurse", "hospital", "like", "likes", "love", "name", "your", "you", "are", "good", "bad", "morning", "evening", "night",
        "news", "sport", "music", "film", "movie", "food", "eat", "weekend", "price", "cost", "buy", "sell", "pay", "money", "bank",
        "phone", "call", "email", "send", "write", "read", "play", "game", "games", "rain", "sun", "sunny", "cold", "hot", "warm",
        "where", "there", "their", "here", "were", "when", "then", "than", "them", "they", "this", "that", "what", "which", "while",
        "with", "without", "would", "could", "should", "will", "shall", "have", "having", "make", "made", "take", "took", "give",
        "gave", "come", "came", "going", "went", "gone", "know", "knew", "think", "thought", "look", "looks", "want", "wants",
        "need", "help", "helps", "work", "works", "worked", "use", "used", "find", "found", "tell", "told", "show", "shown", "ask",
        "please", "sorry", "maybe", "sure", "real", "really", "very", "much", "many", "more", "most", "less", "least", "some",
        "other", "others", "another", "same", "each", "every", "both", "either", "neither", "first", "second", "third", "last",
        "next", "case", "cases", "mean", "means", "does", "done", "doing", "talk", "talks", "about", "above", "below", "over",
        "under", "again", "also", "only", "just", "still", "even", "well", "best", "better", "worse", "worst", "long", "short");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
