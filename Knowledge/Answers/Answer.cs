using CoproBot.Knowledge.Lookup;

namespace CoproBot.Knowledge.Answers;

/// <summary>A channel-neutral answer: each channel renders it its own way (Markdown, cards, Discord embeds).</summary>
/// <remarks>
/// Sections hold the quoted cells (or the parts of them that answer). Text is CoproBot's own words: the whole reply
/// when nothing is quoted (help, "did you mean"), or an introduction to the quotes (what cases share, what coproduction means).
/// </remarks>
public sealed record Answer(
    string Title,
    string? Text,
    IReadOnlyList<AnswerSection> Sections,
    IReadOnlyList<SuggestedQuestion> FollowUps,
    IReadOnlyList<SuggestedQuestion> DidYouMean,
    LookupResult Lookup)
{
    public IEnumerable<AnswerSource> Sources => Sections.Select(s => s.Source);

    /// <summary>The labels' language, for the renderers: English unless the answer was composed in another.</summary>
    public AnswerWords Words { get; init; } = AnswerWords.English;
}
