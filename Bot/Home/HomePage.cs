namespace CoproBot.Bot.Home;

/// <summary>GET /: a short page for whoever opens the bot's address in a browser.</summary>
public static class HomePage
{
    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>CoproBot</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f2f2f2;padding:0 .2em}</style>
        </head>
        <body>
        <h1>CoproBot</h1>
        <p>CoproBot helps health and community teams practise <strong>coproduction</strong>: designing services together
        with the people who use them. It answers questions about three documented cases (ESTHER, Making Recovery Real
        and the CMHA Learning Centre) and walks people through guided reflections on them.</p>
        <h2>Endpoints</h2>
        <ul>
        <li><code>POST /api/messages</code>: the Bot Framework endpoint, for Microsoft Teams and every Bot Connector channel.</li>
        <li><code>GET /health/live</code> and <code>GET /health/ready</code>: liveness, and readiness including the store.</li>
        </ul>
        <h2>Talk to it</h2>
        <ul>
        <li>In a terminal: <code>dotnet run --project Bot -- chat</code></li>
        <li>As Teams would: run the Microsoft 365 Agents Playground against <code>http://localhost:3978/api/messages</code> (see the README).</li>
        </ul>
        </body>
        </html>
        """;

    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Content(Html, "text/html; charset=utf-8")).ExcludeFromDescription();
        return app;
    }
}
