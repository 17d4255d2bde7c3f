using CoproBot.Tests.Architecture.Violations.LogEvents;

namespace CoproBot.Tests.Architecture;

public sealed class LogEventIdTests
{
    [Fact]
    public void EachLogEventHasItsOwnIdInsideItsAreasRange()
    {
        var types = LayerRules.Product.SelectMany(assembly => assembly.GetTypes()).ToList();

        Assert.NotEmpty(LogEventIds.In(types));
        var problems = LogEventIds.Problems(types);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void AnIdUsedTwiceOrOutsideItsRangeIsFound()
    {
        var problems = LogEventIds.Problems([typeof(TwiceUsedIds), typeof(TwiceUsedIdsAgain)]);

        Assert.Contains(problems, problem => problem.StartsWith("event id 4242 is used by", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("no range is allocated", StringComparison.Ordinal));
    }
}
