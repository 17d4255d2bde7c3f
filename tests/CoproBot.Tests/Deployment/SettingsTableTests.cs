using System.Reflection;
using System.Text.RegularExpressions;
using CoproBot.Bot.BotFramework;
using CoproBot.Bot.Observability;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Deployment;

/// <summary>The runbook's settings table and the options classes describe the same settings.</summary>
public sealed partial class SettingsTableTests
{
    private static readonly HashSet<string> Documented = ReadDocumentedSettings();

    public static TheoryData<string> SettingsOfOptionsClasses() => new(OptionsSections().SelectMany(SettingsOf).Order());

    [Theory]
    [MemberData(nameof(SettingsOfOptionsClasses))]
    public void EverySettingOfEveryOptionsClassIsInTheRunbooksTable(string setting)
    {
        Assert.True(Documented.Contains(setting), $"deployment/README.md has no row for `{setting}` in its settings table.");
    }

    [Fact]
    public void TheRootCredentialAndTelemetrySettingsAreInTheRunbooksTable()
    {
        var root = SettingsOf((typeof(BotCredentialOptions), string.Empty))
            .Append(TelemetryRegistration.AzureMonitorSetting)
            .Append(TelemetryRegistration.OtlpEndpointSetting);

        Assert.All(root, setting => Assert.True(Documented.Contains(setting), $"deployment/README.md has no row for `{setting}`."));
    }

    [Fact]
    public void TheRunbooksTableListsNoSettingOfAKnownSectionThatDoesNotExist()
    {
        var sections = OptionsSections().ToList();
        var known = sections.SelectMany(SettingsOf).ToHashSet(StringComparer.Ordinal);
        var sectionNames = sections.Select(s => s.Section).ToHashSet(StringComparer.Ordinal);

        var unknown = Documented.Where(setting => sectionNames.Contains(setting.Split(':')[0]) && !known.Contains(setting)).ToList();

        Assert.True(unknown.Count == 0, "deployment/README.md documents settings no options class has: " + string.Join(", ", unknown));
    }

    /// <summary>Every class in CoproBot's assemblies with a <c>Section</c> constant, with that constant.</summary>
    private static IEnumerable<(Type Type, string Section)> OptionsSections() =>
        CoproBotAssemblies()
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => (Type: type, Field: type.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(candidate => candidate.Field is { IsLiteral: true } && candidate.Field.FieldType == typeof(string))
            .Select(candidate => (candidate.Type, (string)candidate.Field!.GetRawConstantValue()!));

    private static IEnumerable<Assembly> CoproBotAssemblies()
    {
        var bot = typeof(Program).Assembly;
        return bot.GetReferencedAssemblies()
            .Where(name => name.Name!.StartsWith("CoproBot.", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Prepend(bot);
    }

    private static IEnumerable<string> SettingsOf((Type Type, string Section) options) =>
        options.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true })
            .Select(property => options.Section.Length == 0 ? property.Name : options.Section + ":" + property.Name);

    /// <summary>The settings named in the first column of the runbook's tables, each as a code span.</summary>
    private static HashSet<string> ReadDocumentedSettings()
    {
        var settings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(RepositoryRoot.Combine("deployment", "README.md")))
        {
            if (!line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var firstCell = line.Split('|')[1];
            foreach (Match code in CodeSpan().Matches(firstCell))
            {
                settings.Add(code.Groups[1].Value);
            }
        }

        return settings;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}
