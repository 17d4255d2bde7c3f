namespace CoproBot.Tests.Architecture;

public sealed class LayerRuleTests
{
    [Theory]
    [MemberData(nameof(LayerRules.Names), MemberType = typeof(LayerRules))]
    public void TheProductKeepsTheRule(string name)
    {
        var breaches = LayerRules.Named(name).Breaches(LayerRules.Product);

        Assert.True(breaches.Count == 0, $"{name} is broken by: {string.Join(", ", breaches)}");
    }

    [Theory]
    [MemberData(nameof(LayerRules.Names), MemberType = typeof(LayerRules))]
    public void TheRuleCatchesADeliberateViolation(string name)
    {
        // Each rule has a type in this assembly that breaks it on purpose; a rule that cannot see it would pass anything.
        var rule = LayerRules.AtViolation(LayerRules.Named(name));

        var breaches = rule.Breaches([typeof(LayerRuleTests).Assembly]);

        Assert.Contains(breaches, breach => breach.StartsWith($"{LayerRules.ViolationsNamespace}.{name}.", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryRuleHasItsViolation()
    {
        var namespaces = typeof(LayerRuleTests).Assembly.GetTypes().Select(type => type.Namespace).ToHashSet();

        Assert.All(LayerRules.All, rule => Assert.Contains($"{LayerRules.ViolationsNamespace}.{rule.Name}", namespaces));
    }
}
