using CoproBot.Knowledge.Lookup;

namespace CoproBot.Knowledge.Answers;

/// <summary>A channel-neutral answer: each channel renders it its own way (Markdown, cards, Discord embeds).</summary>
/// <remarks>Text is set for answers that quote nothing (out of scope); otherwise Sections hold the quoted cells.</remarks>
public sealed record Answer(
    string Title,
    string? Text,
    IReadOnlyList<AnswerSection> Sections,
    IReadOnlyList<SuggestedQuestion> FollowUps,
    IReadOnlyList<SuggestedQuestion> DidYouMean,
    LookupResult Lookup)
{
    public IEnumerable<AnswerSource> Sources => Sections.Select(s => s.Source);
}
