using System.ComponentModel.DataAnnotations;
using System.Net;

namespace CoproBot.Bot.Hosting;

/// <summary>Which reverse proxies in front of the bot are believed when they say, in X-Forwarded-For, whom a request came from.</summary>
public sealed class ForwardedHeadersTrustOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses (<c>10.0.0.4</c>) or networks (<c>10.0.0.0/24</c>) of the proxies; none by default, so the header is ignored.</summary>
    public List<string> KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _) && !IPNetwork.TryParse(proxy, out _))
            {
                yield return new ValidationResult($"{Section}:{nameof(KnownProxies)} must list IP addresses or networks such as 10.0.0.0/24; '{proxy}' is neither.", [nameof(KnownProxies)]);
            }
        }
    }
}
