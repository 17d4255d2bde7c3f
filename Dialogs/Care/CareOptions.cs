using System.ComponentModel.DataAnnotations;

namespace CoproBot.Dialogs.Care;

/// <summary>Where CoproBot points people who write of crisis, per region, chosen from their locale.</summary>
public sealed class CareOptions : IValidatableObject
{
    public const string Section = "Care";

    /// <summary>The region used when a person's locale names none of <see cref="Regions"/>.</summary>
    [Required]
    public string DefaultRegion { get; set; } = "GB";

    /// <summary>Regions by ISO country code (GB, US, CA...). Configured regions replace the defaults of the same code.</summary>
    public Dictionary<string, SupportRegion> Regions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sensible defaults for the regions CoproBot's first users live in.</summary>
    public static IReadOnlyDictionary<string, SupportRegion> DefaultRegions { get; } = new Dictionary<string, SupportRegion>(StringComparer.OrdinalIgnoreCase)
    {
        ["GB"] = new SupportRegion
        {
            EmergencyNumber = "999",
            Lines =
            [
                new SupportLine { Name = "Samaritans", Contact = "116 123", Description = "free, any time, day or night" },
                new SupportLine { Name = "NHS 111", Contact = "111, option 2", Description = "urgent mental health help" },
            ],
        },
        ["US"] = new SupportRegion
        {
            EmergencyNumber = "911",
            Lines = [new SupportLine { Name = "988 Suicide & Crisis Lifeline", Contact = "call or text 988", Description = "free, any time" }],
        },
        ["CA"] = new SupportRegion
        {
            EmergencyNumber = "911",
            Lines = [new SupportLine { Name = "9-8-8 Suicide Crisis Helpline", Contact = "call or text 988", Description = "free, any time" }],
        },
    };

    /// <summary>Adds the default regions that configuration did not set itself.</summary>
    public void AddDefaultRegions()
    {
        foreach (var (code, region) in DefaultRegions)
        {
            Regions.TryAdd(code, region);
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Regions.ContainsKey(DefaultRegion))
        {
            yield return new ValidationResult($"Care:DefaultRegion '{DefaultRegion}' has no entry under Care:Regions.", [nameof(DefaultRegion)]);
        }

        foreach (var (code, region) in Regions)
        {
            if (region.Lines.Count == 0 || region.Lines.Any(l => string.IsNullOrWhiteSpace(l.Name) || string.IsNullOrWhiteSpace(l.Contact)))
            {
                yield return new ValidationResult($"Care:Regions:{code} needs at least one support line, each with a Name and a Contact.", [nameof(Regions)]);
            }
        }
    }
}
