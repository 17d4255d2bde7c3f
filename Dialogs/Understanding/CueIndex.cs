namespace CoproBot.Dialogs.Understanding;

/// <summary>Phrases by their first word, so a message is matched only against phrases that can start at each of its words.</summary>
internal sealed class CueIndex<T>
{
    private readonly Dictionary<string, List<(T Owner, CuePhrase Cue)>> _byFirst = new(StringComparer.Ordinal);
    private readonly List<(T Owner, CuePhrase Cue)> _unanchored = [];

    public CueIndex(IEnumerable<(T Owner, CuePhrase Cue)> cues)
    {
        foreach (var (owner, cue) in cues)
        {
            if (cue.First is { } first)
            {
                if (!_byFirst.TryGetValue(first, out var list))
                {
                    _byFirst[first] = list = [];
                }

                list.Add((owner, cue));
            }
            else
            {
                _unanchored.Add((owner, cue));
            }
        }
    }

    /// <summary>The phrases that may start with <paramref name="word"/>: those that begin with it, and those that begin with a number, a time or the person's words.</summary>
    public IEnumerable<(T Owner, CuePhrase Cue)> StartingWith(string word) =>
        _byFirst.TryGetValue(word, out var list) ? list.Concat(_unanchored) : _unanchored;
}
