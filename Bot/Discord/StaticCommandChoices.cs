namespace CoproBot.Bot.Discord;

/// <summary>The three documented cases and five comparison features, until the knowledge base provides them.</summary>
public sealed class StaticCommandChoices : ICommandChoices
{
    public IReadOnlyList<CommandChoice> Cases { get; } =
    [
        new("esther", "ESTHER"),
        new("making-recovery-real", "Making Recovery Real"),
        new("cmha-learning-centre", "CMHA Learning Centre"),
    ];

    public IReadOnlyList<CommandChoice> Features { get; } =
    [
        new("vulnerable-group", "Vulnerable group"),
        new("coproduction-approach", "Coproduction approach"),
        new("guiding-questions", "Guiding questions"),
        new("inclusivity-principles", "Inclusivity principles"),
        new("addressing-vulnerability", "Addressing vulnerability"),
    ];
}
