namespace CoproBot.Tests.Eval;

/// <summary>One row of a conversation-phrases set: a message, the context it is sent in, and the meaning the bot must act on.</summary>
public sealed record ConversationPhrase(int Line, string Context, string Text, string Meaning, bool French)
{
    /// <summary>Reads a set: tab-separated context, text and meaning; "#" lines are comments, and "# French" starts the French rows.</summary>
    public static List<ConversationPhrase> Read(string fileName)
    {
        var rows = new List<ConversationPhrase>();
        var french = false;
        var line = 0;
        foreach (var text in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Eval", fileName)))
        {
            line++;
            if (text.StartsWith('#'))
            {
                french |= text.TrimStart('#', ' ').StartsWith("French", StringComparison.Ordinal);
                continue;
            }

            if (text.Trim().Length == 0)
            {
                continue;
            }

            var columns = text.Split('\t');
            Assert.True(columns.Length == 3, $"{fileName} line {line} should have three tab-separated columns: {text}");
            rows.Add(new ConversationPhrase(line, columns[0], columns[1], columns[2], french));
        }

        return rows;
    }
}
