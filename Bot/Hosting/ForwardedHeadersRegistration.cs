using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CoproBot.Bot.Hosting;

public static class ForwardedHeadersRegistration
{
    /// <summary>
    /// X-Forwarded-For is believed only from <c>ForwardedHeaders:KnownProxies</c>. Anyone can write the header, so
    /// believing it from everyone would let a sender choose the address it is counted under.
    /// </summary>
    /// <remarks>
    /// The options are set after everything else, so they also hold when the host turns forwarded headers on by itself
    /// (ASPNETCORE_FORWARDEDHEADERS_ENABLED, which would otherwise trust every sender).
    /// </remarks>
    public static IHostApplicationBuilder AddForwardedHeadersTrust(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersTrustOptions>()
            .Bind(builder.Configuration.GetSection(ForwardedHeadersTrustOptions.Section))
            .ValidateSettings(ForwardedHeadersTrustOptions.Section);
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .PostConfigure<Microsoft.Extensions.Options.IOptions<ForwardedHeadersTrustOptions>>((options, trust) =>
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                foreach (var proxy in trust.Value.KnownProxies)
                {
                    if (IPAddress.TryParse(proxy, out var address))
                    {
                        options.KnownProxies.Add(address);
                    }
                    else if (System.Net.IPNetwork.TryParse(proxy, out var network))
                    {
                        options.KnownIPNetworks.Add(network);
                    }
                }

                // With no proxy known the header is not read at all: empty lists would mean "trust every sender".
                options.ForwardedHeaders = trust.Value.KnownProxies.Count == 0
                    ? ForwardedHeaders.None
                    : options.ForwardedHeaders | ForwardedHeaders.XForwardedFor;
            });
        return builder;
    }

    /// <summary>Applies the forwarded headers first, unless the host already does (ASPNETCORE_FORWARDEDHEADERS_ENABLED).</summary>
    public static WebApplication UseForwardedHeadersTrust(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("ForwardedHeaders_Enabled"))
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
