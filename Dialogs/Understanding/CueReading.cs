namespace CoproBot.Dialogs.Understanding;

/// <summary>A meaning whose phrases account for every word of a message; the others are fillers or its own support words.</summary>
/// <param name="Entry">The meaning.</param>
/// <param name="CueWords">How many of the message's words its phrases matched: the more, the more specific the reading.</param>
/// <param name="Text">The match that took the person's own words or a number, if any.</param>
internal readonly record struct CueReading(MeaningEntry Entry, int CueWords, CueMatch? Text)
{
    // Polite words an exact command may end with ("next please", "suivant merci").
    private static readonly HashSet<string> Trailing = new(StringComparer.Ordinal) { "please", "now", "then", "thanks", "pls", "svp", "merci" };

    // French says "please" in four words ("s'il vous plaît", "s'il te plaît"); they may end an exact command too.
    private static readonly string[][] TrailingPhrases = [["s", "il", "vous", "plait"], ["s", "il", "te", "plait"]];

    /// <summary>The reading that accounts for the whole message with the most phrase words; null when none does.</summary>
    /// <remarks>
    /// Answers often contain command words ("Going back to basics…", "Pause and actually listen…"): a command is read
    /// only when nothing else is said, so the answer's own words keep it an answer.
    /// </remarks>
    public static CueReading? Best(
        MeaningVocabulary vocabulary, IReadOnlyList<MessageWord> words, CueIndex<MeaningEntry> cues, Lazy<HashSet<string>> promptWords, TimeSpans times)
    {
        var leadIn = LeadInLength(vocabulary, words);
        var politeFrom = PoliteEnding(words);
        var matches = new Dictionary<MeaningEntry, List<CueMatch>>();
        for (var start = 0; start < words.Count; start++)
        {
            foreach (var (entry, cue) in cues.StartingWith(words[start].Text))
            {
                // The person's own words follow a command that starts the message, so "we facilitate peer groups" is no command.
                if ((cue.HasText && start != leadIn) || cue.MatchAt(words, start, times) is not { Length: > 0 } match)
                {
                    continue;
                }

                if (!matches.TryGetValue(entry, out var found))
                {
                    matches[entry] = found = [];
                }

                found.Add(match);
            }
        }

        CueReading? best = null;
        foreach (var (entry, found) in matches)
        {
            if (Read(vocabulary, words, entry, found, promptWords, times, (leadIn, politeFrom)) is { } reading && IsBetter(reading, best, vocabulary))
            {
                best = reading;
            }
        }

        return best;
    }

    private static CueReading? Read(
        MeaningVocabulary vocabulary, IReadOnlyList<MessageWord> words, MeaningEntry entry, List<CueMatch> matches, Lazy<HashSet<string>> promptWords, TimeSpans times, (int LeadIn, int PoliteFrom) around)
    {
        var covered = new bool[words.Count];
        var cueWords = 0;
        CueMatch? text = null;
        foreach (var match in matches.OrderByDescending(m => m.Length).ThenByDescending(m => m.Cue.Words).ThenBy(m => m.Start))
        {
            if (Enumerable.Range(match.Start, match.Length).Any(i => covered[i]))
            {
                continue;
            }

            for (var i = match.Start; i < match.End; i++)
            {
                covered[i] = true;
            }

            cueWords += match.Length;
            if (match.TextFrom >= 0)
            {
                text ??= match;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!covered[i] && !MayAccompany(vocabulary, entry, words[i].Text, i, around, promptWords, times))
            {
                return null;
            }
        }

        return new CueReading(entry, cueWords, text);
    }

    // Around an exact command: the lead-in before it, and a polite ending from PoliteFrom on.
    private static bool MayAccompany(MeaningVocabulary vocabulary, MeaningEntry entry, string word, int index, (int LeadIn, int PoliteFrom) around, Lazy<HashSet<string>> promptWords, TimeSpans times) =>
        entry.Exact
            ? index < around.LeadIn || index >= around.PoliteFrom || Trailing.Contains(word)
            : vocabulary.Fillers.Contains(word) || entry.Support.Contains(word)
                || (entry.TakesTimes && times.Covers(index)) || (entry.TakesPromptWords && promptWords.Value.Contains(word));

    // More matched words wins; then the meaning of fewer contexts (not-now over goodbye for "later" while paused); then
    // the one listed first in the vocabulary.
    private static bool IsBetter(CueReading reading, CueReading? best, MeaningVocabulary vocabulary) =>
        best is not { } current
        || reading.CueWords > current.CueWords
        || (reading.CueWords == current.CueWords && reading.Entry.Contexts.Count < current.Entry.Contexts.Count)
        || (reading.CueWords == current.CueWords && reading.Entry.Contexts.Count == current.Entry.Contexts.Count && vocabulary.Order(reading.Entry) < vocabulary.Order(current.Entry));

    // Where a four-word "s'il vous plaît" ending the message starts; the message's length when it has none.
    private static int PoliteEnding(IReadOnlyList<MessageWord> words)
    {
        foreach (var phrase in TrailingPhrases)
        {
            var from = words.Count - phrase.Length;
            if (from > 0 && phrase.Select((word, i) => words[from + i].Text == word).All(same => same))
            {
                return from;
            }
        }

        return words.Count;
    }

    // "please", "can we", "ok so": words that may come before a command that takes the person's own words.
    private static int LeadInLength(MeaningVocabulary vocabulary, IReadOnlyList<MessageWord> words)
    {
        var at = 0;
        while (at < words.Count)
        {
            var end = at;
            foreach (var (_, leadIn) in vocabulary.LeadIns.StartingWith(words[at].Text))
            {
                if (leadIn.MatchAt(words, at, TimeSpans.None) is { } match && match.End > end)
                {
                    end = match.End;
                }
            }

            if (end == at)
            {
                break;
            }

            at = end;
        }

        return at;
    }
}
