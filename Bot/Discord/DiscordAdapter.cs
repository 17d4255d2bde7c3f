using System.Security.Claims;
using System.Text.Json.Nodes;
using CoproBot.Bot.BotFramework;
using CoproBot.Dialogs.Languages;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CoproBot.Bot.Discord;

/// <summary>Runs Discord interactions through the same bot and middleware as Teams, and sends the bot's replies back.</summary>
public sealed class DiscordAdapter : BotAdapter
{
    public const string ChannelId = "discord";

    private readonly InteractionTranslator _translator;
    private readonly DiscordRestClient _rest;
    private readonly IOptions<DiscordOptions> _options;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<DiscordAdapter> _logger;

    public DiscordAdapter(
        MiddlewareOrder middleware,
        TurnErrorHandler turnErrorHandler,
        InteractionTranslator translator,
        DiscordRestClient rest,
        IOptions<DiscordOptions> options,
        TimeProvider time,
        IHostApplicationLifetime lifetime,
        ILogger<DiscordAdapter> logger)
    {
        middleware.ApplyTo(this);
        OnTurnError = turnErrorHandler.HandleAsync;
        _translator = translator;
        _rest = rest;
        _options = options;
        _time = time;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <summary>
    /// Starts the bot's turn for a command, component or modal submit, and returns the interaction response as soon as
    /// it is known: the turn's own answer when it ends in time, else a deferral. The turn goes on after that.
    /// </summary>
    public async Task<(JsonObject Response, InteractionSession? Session)> ProcessAsync(Interaction interaction, IBot bot, CancellationToken cancellationToken)
    {
        if (interaction.Type == Interaction.MessageComponent && Interaction.StringProperty(interaction.Data, "custom_id") == ComponentBuilder.AnswerId)
        {
            // A modal cannot answer a modal, so a question asked after one carries an Answer button that opens the box.
            var question = ComponentReader.MessageText(interaction.Message);
            return (InteractionResponse.Of(InteractionResponse.Modal, ModalBuilder.Build(question)), null);
        }

        var (activity, ephemeral) = _translator.ToActivity(interaction);
        var session = new InteractionSession(interaction, _rest, ephemeral, _time);
        var deferAfter = TimeSpan.FromMilliseconds(_options.Value.DeferAfterMilliseconds);
        using var deadlineCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // The clock starts before the turn, so even a turn stuck on slow storage cannot push the answer past it.
        var deadline = Task.Delay(deferAfter, _time, deadlineCancel.Token);
        _ = Task.Run(() => RunTurnAsync(activity, session, bot), CancellationToken.None);

        if (await Task.WhenAny(session.Response, deadline) != session.Response && session.Defer())
        {
            DiscordLog.Deferred(_logger, interaction.Id, _options.Value.DeferAfterMilliseconds);
        }

        await deadlineCancel.CancelAsync();
        return (await session.Response, session);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var messages = new List<Activity>();
        foreach (var message in activities.Where(activity => activity.Type == ActivityTypes.Message))
        {
            if (DirectMessages.To(message) is null)
            {
                messages.Add(message);
            }
            else
            {
                await DirectMessages.SendAsync(_rest, _logger, message, cancellationToken);
            }
        }

        if (turnContext.TurnState.Get<InteractionSession>(InteractionSession.TurnStateKey) is { } session)
        {
            session.Speak(TurnLanguage.Of(turnContext));
            await session.SendAsync(messages, cancellationToken);
            return [.. activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N")))];
        }

        // No interaction to answer: a proactive message (a reminder, a group post) goes to the channel as the bot.
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            string? id = null;
            if (activity.Type == ActivityTypes.Message)
            {
                foreach (var message in MessageRenderer.Render(activity, ephemeral: false))
                {
                    var sent = await _rest.CreateMessageAsync(activity.Conversation?.Id ?? turnContext.Activity.Conversation.Id, message, cancellationToken);
                    id = (string?)sent?["id"] ?? id;
                }
            }

            responses.Add(new ResourceResponse(id ?? Guid.NewGuid().ToString("N")));
        }

        return [.. responses];
    }

    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var message = MessageRenderer.Render(activity, ephemeral: false).FirstOrDefault() ?? MessageRenderer.Note("…", ephemeral: false);
        await _rest.EditMessageAsync(activity.Conversation?.Id ?? turnContext.Activity.Conversation.Id, activity.Id, message, cancellationToken);
        return new ResourceResponse(activity.Id);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        _rest.DeleteMessageAsync(reference.Conversation.Id, reference.ActivityId, cancellationToken);

    /// <summary>Runs a proactive turn in a Discord channel (the conversation id is the channel id).</summary>
    public override async Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var activity = reference.GetContinuationActivity();
        activity.ChannelId ??= ChannelId;
        activity.Timestamp = _time.GetUtcNow();
        using var context = new TurnContext(this, activity);
        ReplyRendering.Use(context, DiscordReplyRenderer.Instance);
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(_options.Value.ApplicationId, reference, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(_options.Value.ApplicationId, reference, callback, cancellationToken);

    private async Task RunTurnAsync(Activity activity, InteractionSession session, IBot bot)
    {
        // The turn outlives the HTTP request it came in on; only shutting down stops it.
        var stopping = _lifetime.ApplicationStopping;
        using var scope = _logger.BeginScope(new Dictionary<string, object?>
        {
            ["ChannelId"] = ChannelId,
            ["ConversationId"] = activity.Conversation.Id,
            ["InteractionId"] = session.Interaction.Id,
        });
        try
        {
            using var context = new TurnContext(this, activity);
            context.TurnState.Add(InteractionSession.TurnStateKey, session);
            TurnOutbox.MarkRepliesBelongToTheirRequest(context);
            ReplyRendering.Use(context, DiscordReplyRenderer.Instance);
            IncomingMessage.Set(context, DiscordIncoming.Read(activity));
            await RunPipelineAsync(context, bot.OnTurnAsync, stopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DiscordLog.TurnFailed(_logger, e, session.Interaction.Id);
        }

        try
        {
            await session.CompleteAsync(stopping);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or OperationCanceledException)
        {
            DiscordLog.ReplyFailed(_logger, e, session.Interaction.Id, activity.Conversation.Id);
        }
    }
}
