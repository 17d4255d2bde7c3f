using System.Text.Json.Nodes;

namespace CoproBot.Bot.Discord;

/// <summary>Interaction response types, and the small answers that need no rendering.</summary>
public static class InteractionResponse
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;
    public const int Modal = 9;

    public static JsonObject Of(int type) => new() { ["type"] = type };

    public static JsonObject Of(int type, JsonObject data) => new() { ["type"] = type, ["data"] = data };
}
