using System.Reflection;
using NetArchTest.Rules;

namespace CoproBot.Tests.Architecture;

/// <summary>One dependency rule: types in these namespaces must not use types from those.</summary>
/// <param name="Name">Names the rule in test output, and the namespace of its deliberate violation under <see cref="LayerRules.ViolationsNamespace"/>.</param>
/// <param name="Subjects">Namespace prefixes the rule applies to.</param>
/// <param name="Forbidden">Namespace prefixes those types may not depend on.</param>
public sealed record LayerRule(string Name, string[] Subjects, string[] Forbidden)
{
    /// <summary>The full names of the types in the assemblies that break the rule; empty when it holds.</summary>
    public IReadOnlyList<string> Breaches(IReadOnlyList<Assembly> assemblies) =>
    [
        .. Subjects.SelectMany(subject => Types.InAssemblies(assemblies)
                .That().ResideInNamespace(subject)
                .ShouldNot().HaveDependencyOnAny(Forbidden)
                .GetResult().FailingTypeNames ?? [])
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    public override string ToString() => Name;
}
