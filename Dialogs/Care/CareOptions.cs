using System.ComponentModel.DataAnnotations;

namespace CoproBot.Dialogs.Care;

/// <summary>Where CoproBot points people who write of crisis, per region, chosen from their locale.</summary>
/// <remarks>
/// A region is named by an ISO country code (<c>GB</c>), by a language and a country when a country's lines differ
/// by language (<c>fr-CA</c>), or by a language and <c>any</c> for locales that name no country (<c>fr-any</c>, for
/// Discord, whose French locale is plain <c>fr</c>). A bare language would be the same configuration key as the
/// country of the same letters (fr and FR), hence the <c>any</c>. An underscore may stand for the hyphen.
/// </remarks>
public sealed class CareOptions : IValidatableObject
{
    public const string Section = "Care";

    /// <summary>The region whose lines are given when a person's locale names none of <see cref="Regions"/>.</summary>
    [Required]
    public string DefaultRegion { get; set; } = "GB";

    /// <summary>Regions by country code (GB), language and country (fr-CA) or language and "any" (fr-any). Configured regions replace the defaults of the same key.</summary>
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
            Lines = [new SupportLine { Name = "9-8-8 Suicide Crisis Helpline", Contact = "call or text 988", Description = "free, any time, in English or French" }],
        },
        ["fr-CA"] = new SupportRegion
        {
            EmergencyNumber = "911",
            Lines = [new SupportLine { Name = "Ligne d'aide en cas de crise de suicide 9-8-8", Contact = "appeler ou texter le 988", Description = "gratuit, en tout temps, en français ou en anglais" }],
        },
        ["FR"] = new SupportRegion
        {
            EmergencyNumber = "15 / 112",
            Lines = [new SupportLine { Name = "3114, numéro national de prévention du suicide", Contact = "appeler le 3114", Description = "gratuit, 24h/24 et 7j/7" }],
        },

        // French with no country: France and Canada are where CoproBot's French-speaking users live; both are named.
        ["fr-any"] = new SupportRegion
        {
            Lines =
            [
                new SupportLine { Name = "En France : 3114, numéro national de prévention du suicide", Contact = "appeler le 3114", Description = "gratuit, 24h/24" },
                new SupportLine { Name = "Au Canada : Ligne d'aide en cas de crise de suicide 9-8-8", Contact = "appeler ou texter le 988", Description = "gratuit, en tout temps" },
            ],
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
