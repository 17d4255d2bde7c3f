using CoproBot.Bot.BotFramework;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoproBot.Bot.Chat;

/// <summary>Talks to the bot in a terminal: each line typed is a message, each reply is printed.</summary>
public sealed class ConsoleChatAdapter(MiddlewareOrder middleware, TurnErrorHandler errors, TimeProvider time) : BotAdapter
{
    public const string ChannelId = "terminal";

    private TextWriter _output = TextWriter.Null;

    public async Task RunAsync(IBot bot, TextReader input, TextWriter output, string userName, CancellationToken cancellationToken)
    {
        _output = output;
        middleware.ApplyTo(this);
        OnTurnError = errors.HandleAsync;
        var conversation = new ConversationAccount(id: $"{ChannelId}:{userName}", conversationType: "personal");
        var user = new ChannelAccount($"{ChannelId}-user:{userName}", userName);
        var botAccount = new ChannelAccount("coprobot", "CoproBot");

        await RunTurnAsync(bot, new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [botAccount, user],
        }, conversation, user, botAccount, cancellationToken);

        await output.WriteLineAsync("(Type a message and press Enter. An empty line or Ctrl+D ends the chat.)");
        while (true)
        {
            await output.WriteAsync("You: ");
            await output.FlushAsync(cancellationToken);
            var line = await input.ReadLineAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(line))
            {
                return;
            }

            await RunTurnAsync(bot, new Activity(ActivityTypes.Message) { Text = line }, conversation, user, botAccount, cancellationToken);
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (activity.Type == ActivityTypes.Message)
            {
                await _output.WriteLineAsync($"CoproBot: {activity.Text}");

                // A terminal has no buttons: what they would say is listed, to be typed.
                if (activity.SuggestedActions?.Actions is { Count: > 0 } actions)
                {
                    await _output.WriteLineAsync("  (you can say: " + string.Join(" | ", actions.Select(a => a.Value?.ToString() ?? a.Title)) + ")");
                }
            }

            responses[i] = new ResourceResponse(Guid.NewGuid().ToString("N"));
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A terminal cannot change what it has printed.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A terminal cannot remove what it has printed.");

    private async Task RunTurnAsync(IBot bot, Activity activity, ConversationAccount conversation, ChannelAccount user, ChannelAccount botAccount, CancellationToken cancellationToken)
    {
        activity.Id = Guid.NewGuid().ToString("N");
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = "urn:terminal";
        activity.Conversation = conversation;
        activity.From = user;
        activity.Recipient = botAccount;
        activity.Timestamp = time.GetUtcNow();
        activity.LocalTimestamp = TimeZoneInfo.ConvertTime(activity.Timestamp.Value, time.LocalTimeZone);
        activity.Locale = "en-GB";
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
    }
}
