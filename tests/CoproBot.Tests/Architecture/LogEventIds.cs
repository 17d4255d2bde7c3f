using System.Reflection;
using Microsoft.Extensions.Logging;

namespace CoproBot.Tests.Architecture;

/// <summary>Finds every <see cref="LoggerMessageAttribute"/> event id and what is wrong with them.</summary>
public static class LogEventIds
{
    private const BindingFlags AllMethods = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    public static IEnumerable<(int Id, MethodInfo Method)> In(IEnumerable<Type> types) =>
        from type in types
        from method in type.GetMethods(AllMethods)
        let attribute = method.GetCustomAttribute<LoggerMessageAttribute>()
        where attribute is not null
        select (attribute.EventId, method);

    /// <summary>Every id used by more than one event, and every id outside its area's range, as readable lines.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<Type> types)
    {
        var events = In(types).ToList();
        var twice = events.GroupBy(e => e.Id)
            .Where(group => group.Count() > 1)
            .Select(group => $"event id {group.Key} is used by {string.Join(" and ", group.Select(e => Name(e.Method)))}");
        var outside = events
            .Select(e => (e.Id, e.Method, Range: LogEventRanges.For(e.Method.DeclaringType!.Namespace)))
            .Where(e => e.Range is not { } range || e.Id < range.First || e.Id > range.Last)
            .Select(e => e.Range is { } range
                ? $"{Name(e.Method)} uses {e.Id}, outside {range.Namespace}'s {range.First}–{range.Last}"
                : $"{Name(e.Method)} uses {e.Id}, but no range is allocated to {e.Method.DeclaringType!.Namespace}");
        return [.. twice.Concat(outside)];
    }

    private static string Name(MethodInfo method) => $"{method.DeclaringType!.FullName}.{method.Name}";
}
