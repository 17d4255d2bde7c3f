using System.Net;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Hosting;

/// <summary>
/// The bot as its own process with an app id, checking the Bot Connector's tokens against a local stand-in for the
/// identity services: a genuine token is accepted, every forged, expired or misaddressed one gets 401, never a 500.
/// </summary>
public sealed class TokenValidationTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private readonly AuthenticatedBot _bot = fixture.Bot;

    private static readonly string[] InvalidKinds =
        ["signed with another key", "unsigned with the channel's issuer", "expired", "for another bot", "not a token", "three dots", "bad base64"];

    public static TheoryData<string> InvalidTokens() => new(InvalidKinds);

    [Fact]
    public async Task AGenuineTokenIsAcceptedAndTheReplyCarriesATokenFromTheIdentityService()
    {
        var replies = await _bot.SayAsync(TeamsActivities.Personal(_bot.Connector.ServiceUrl, "a:genuine", "what are ESTHER's principles?"));

        Assert.StartsWith("**ESTHER: Inclusivity principles**", Assert.Single(replies), StringComparison.Ordinal);
        var sent = _bot.Connector.All.Last(r => r.ConversationId == "a:genuine");
        Assert.StartsWith("Bearer stand-in-access-token-", sent.Authorization, StringComparison.Ordinal);
        Assert.Contains(sent.Authorization["Bearer ".Length..], _bot.Identity.IssuedTokens);

        // The bot asked for its token as this app, with its secret, for the Bot Framework's scope.
        var asked = _bot.Identity.TokenRequests.Last();
        Assert.Equal("client_credentials", asked["grant_type"]);
        Assert.Equal(AuthenticatedBot.AppId, asked["client_id"]);
        Assert.Equal(AuthenticatedBot.AppPassword, asked["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", asked["scope"]);
    }

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task AnInvalidTokenGets401WithAProblemDetailsAndNoTurn(string kind)
    {
        var conversation = "a:invalid-" + kind.Replace(' ', '-');
        var activity = TeamsActivities.Personal(_bot.Connector.ServiceUrl, conversation, "what are ESTHER's principles?");

        using var response = await _bot.PostAsync(activity, Token(kind));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":401", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Connector.All, r => r.ConversationId == conversation);
    }

    [Fact]
    public async Task InvalidTokensAreLoggedAsWarningsNamingTheKindOfFailureWithoutAStackTrace()
    {
        foreach (var kind in InvalidKinds)
        {
            using var response = await _bot.PostAsync(TeamsActivities.Personal(_bot.Connector.ServiceUrl, "a:logged", "hello"), Token(kind));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var output = _bot.App.Output;
        Assert.Contains("warn: CoproBot.Bot.BotFramework.CoproAdapter[1011]", output, StringComparison.Ordinal);
        Assert.Contains("SecurityTokenInvalidSignatureException", output, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAppPasswordAppearsInNoLogAndNoAnswer()
    {
        var answers = new List<string>();
        foreach (var kind in InvalidKinds.Append("none"))
        {
            using var response = await _bot.PostAsync(TeamsActivities.Personal(_bot.Connector.ServiceUrl, "a:secret", "hello"), kind == "none" ? null : Token(kind));
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        await _bot.SayAsync(TeamsActivities.Personal(_bot.Connector.ServiceUrl, "a:secret", "help"));

        Assert.Contains(_bot.Identity.TokenRequests, form => form["client_secret"] == AuthenticatedBot.AppPassword);
        Assert.DoesNotContain(AuthenticatedBot.AppPassword, _bot.App.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(answers, answer => answer.Contains(AuthenticatedBot.AppPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(_bot.Connector.All, r => Newtonsoft.Json.JsonConvert.SerializeObject(r.Activity).Contains(AuthenticatedBot.AppPassword, StringComparison.Ordinal));
    }

    private string Token(string kind)
    {
        var serviceUrl = _bot.Connector.ServiceUrl;
        return kind switch
        {
            "signed with another key" => _bot.Tokens.SignedWithAnotherKey(serviceUrl),
            "unsigned with the channel's issuer" => _bot.Tokens.WithoutSignature(serviceUrl),
            "expired" => _bot.Tokens.Expired(serviceUrl),
            "for another bot" => _bot.Tokens.ForAnotherBot(serviceUrl),
            "not a token" => "not-a-token",
            "three dots" => "...",
            "bad base64" => "eyJ!!.eyJ??.%%",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such token."),
        };
    }
}
