using CoproBot.Dialogs.Reflection;
using CoproBot.Knowledge.Import;

namespace CoproBot.LoadBench;

/// <summary>What a person says, turn by turn, in the reflect scenarios: a reflection on ESTHER that never ends.</summary>
/// <remarks>
/// Turn 0 starts the reflection; turn <c>t</c> answers step <c>t - 1</c>: a sentence for a question, "4" or "mostly"
/// for a principle's rating, "skip" for its note. Answering the last step would finish the reflection, so from there the
/// person goes "back" to the last rating and rates it again, for as long as the run lasts: every turn after the first
/// is a turn inside the reflection, which reads and writes its state, and the reflection is still running at the end.
/// </remarks>
public sealed class ReflectionScript
{
    public const string CaseName = "ESTHER";
    public const string Back = "back";

    private static readonly string[] Answers =
    [
        "Being listened to about what matters in her week",
        "Her GP, the home care team and her daughter",
        "Sharing notes between services",
    ];

    private readonly IReadOnlyList<ReflectionStep> _steps;

    private ReflectionScript(IReadOnlyList<ReflectionStep> steps) => _steps = steps;

    /// <summary>The script for ESTHER, from the shipped knowledge: 3 questions and 6 principles, 15 steps.</summary>
    public static ReflectionScript Esther()
    {
        var knowledge = ShippedKnowledge.Knowledge;
        var study = knowledge.Cases.Single(c => c.Name == CaseName);
        var plan = ReflectionPlan.For(knowledge, study.Id)!;
        return new ReflectionScript(plan.Steps);
    }

    /// <summary>The steps of the reflection; only the last one is never answered.</summary>
    public int Steps => _steps.Count;

    /// <summary>The message of turn <paramref name="turn"/> (from 0) of conversation <paramref name="conversation"/>.</summary>
    /// <remarks>Free-text answers name the conversation and turn, so no two conversations send the same words.</remarks>
    public string Text(int conversation, int turn)
    {
        if (turn == 0)
        {
            return "reflect on " + CaseName;
        }

        if (turn < _steps.Count)
        {
            return Answer(_steps[turn - 1], conversation, turn);
        }

        return (turn - _steps.Count) % 2 == 0 ? Back : Answer(_steps[^2], conversation, turn);
    }

    /// <summary>The step the reflection waits on once turns 0 to <paramref name="turns"/> - 1 have been sent.</summary>
    public int AwaitedStep(int turns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(turns, 1);
        var last = turns - 1;
        if (last < _steps.Count)
        {
            return last;
        }

        return (last - _steps.Count) % 2 == 0 ? _steps.Count - 2 : _steps.Count - 1;
    }

    private static string Answer(ReflectionStep step, int conversation, int turn) => step.Kind switch
    {
        ReflectionStepKind.Place => "Leith",
        ReflectionStepKind.Question => $"{Answers[(step.Index + conversation) % Answers.Length]}, as team {conversation} saw it in week {turn}",
        ReflectionStepKind.Rating => step.Index % 2 == 0 ? "4" : "mostly",
        _ => "skip",
    };
}
