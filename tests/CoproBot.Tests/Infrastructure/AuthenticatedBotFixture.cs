namespace CoproBot.Tests.Infrastructure;

/// <summary>One authenticated bot process shared by the tests of a class, started before the first and stopped after the last.</summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    private AuthenticatedBot? _bot;

    public AuthenticatedBot Bot => _bot ?? throw new InvalidOperationException("The authenticated bot has not started.");

    public async Task InitializeAsync() => _bot = await AuthenticatedBot.StartAsync();

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
