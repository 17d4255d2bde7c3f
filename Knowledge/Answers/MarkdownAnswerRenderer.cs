using System.Text;

namespace CoproBot.Knowledge.Answers;

/// <summary>Renders an answer as plain Markdown, for the terminal chat and Web Chat.</summary>
public static class MarkdownAnswerRenderer
{
    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var builder = new StringBuilder();
        builder.Append("**").Append(answer.Title).Append("**\n");
        if (answer.Text is not null)
        {
            builder.Append('\n').Append(answer.Text).Append('\n');
        }

        string? group = null;
        foreach (var section in answer.Sections)
        {
            // Side by side: each feature's heading once, then each case under it.
            if (section.Group is not null && section.Group != group)
            {
                builder.Append("\n### ").Append(section.Group).Append('\n');
            }

            group = section.Group;
            if (section.Group is not null)
            {
                builder.Append("\n**").Append(section.Heading).Append("**\n");
            }
            else if (answer.Sections.Count > 1)
            {
                builder.Append("\n### ").Append(section.Heading).Append('\n');
            }

            builder.Append('\n');
            if (section.Items.Count > 0)
            {
                foreach (var item in section.Items)
                {
                    builder.Append("- ").Append(item.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
                }
            }
            else
            {
                builder.Append(section.Text).Append('\n');
            }

            // A translation is read first; the original it renders is on the line under it, verbatim.
            if (section.Original is { } original)
            {
                builder.Append('\n').Append(answer.Words.OriginalLabel).Append(" _").Append(original.OneLine).Append("_\n");
            }
        }

        if (answer.Sections.Count > 0)
        {
            builder.Append("\n_").Append(answer.Words.SourcePrefix).Append(string.Join("; ", answer.Sources.Select(s => s.Label).Distinct())).Append("_\n");
        }

        AppendSuggestions(builder, answer.Words.DidYouMeanHeading, answer.DidYouMean);
        AppendSuggestions(builder, answer.Lookup.IsAnswered ? answer.Words.AlsoAskHeading : answer.Words.ForExampleHeading, answer.FollowUps);
        return builder.ToString();
    }

    private static void AppendSuggestions(StringBuilder builder, string heading, IReadOnlyList<SuggestedQuestion> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return;
        }

        builder.Append('\n').Append(heading).Append('\n');
        foreach (var suggestion in suggestions)
        {
            builder.Append("- ").Append(suggestion.Question).Append('\n');
        }
    }
}
