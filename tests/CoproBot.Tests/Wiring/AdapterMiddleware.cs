using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace CoproBot.Tests.Wiring;

/// <summary>What an adapter runs on each turn: the middleware set it was given, in the order it runs it.</summary>
internal static class AdapterMiddleware
{
    public static List<IMiddleware> Of(BotAdapter adapter) => [.. adapter.MiddlewareSet];
}
