using System.Net.Http.Headers;
using System.Text;
using CoproBot.Bot.Privacy;
using CoproBot.Dialogs.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Linq;
using Polly.Timeout;

namespace CoproBot.Bot.Teams;

/// <summary>Delivers a Teams reply meant for one person so that only they see it, in a channel or a group chat.</summary>
/// <remarks>
/// First as a targeted message (Teams, public developer preview): the activity names the person as a targeted
/// recipient and the connector call carries <c>isTargetedActivity=true</c>. Where Teams refuses that, in a personal
/// chat with the person, opened by the bot. Only when both fail is something posted in the conversation, and then it
/// is the marked reply's own words for anyone (see <see cref="Mark"/>), which name and quote no one.
/// </remarks>
public sealed class TargetedReplies(ILogger<TargetedReplies> logger)
{
    /// <summary>Where a reply is marked as private, in its channel data; taken off before anything is sent.</summary>
    public const string Key = "coprobotPrivate";

    private const string InChannelKey = "inChannel";
    private const string ToIdKey = "toId";
    private const string ToNameKey = "toName";

    /// <summary>Marks a reply as for its recipient only; <paramref name="inChannel"/> is posted instead when it cannot be.</summary>
    /// <param name="reply">The reply.</param>
    /// <param name="inChannel">Posted for everyone instead when the reply cannot reach the person alone; null posts the reply.</param>
    /// <param name="to">Someone other than the sender the reply is for; when it cannot reach them alone, nothing is sent.</param>
    public static void Mark(IActivity reply, string? inChannel, ReplyPerson? to = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var data = reply.ChannelData as JObject ?? (reply.ChannelData is null ? new JObject() : JObject.FromObject(reply.ChannelData));
        var mark = new JObject { [InChannelKey] = inChannel };
        if (to is not null)
        {
            (mark[ToIdKey], mark[ToNameKey]) = (to.Id, to.Name);
        }

        data[Key] = mark;
        reply.ChannelData = data;
    }

    public static bool IsMarked(IActivity activity) => activity?.ChannelData is JObject data && data[Key] is JObject;

    /// <summary>Keeps the mark when a reply is rebuilt (as a card) before it is sent.</summary>
    public static void CarryOver(IActivity from, IActivity to)
    {
        if (IsMarked(from) && to is not null)
        {
            var mark = (JObject)((JObject)from.ChannelData)[Key]!;
            Mark(to, (string?)mark[InChannelKey], PersonIn(mark));
        }
    }

    /// <summary>Sends a marked reply as privately as the conversation allows; <paramref name="sendAsUsual"/> posts normally.</summary>
    public async Task<ResourceResponse> SendAsync(ITurnContext turnContext, Activity reply, Func<Activity, Task<ResourceResponse>> sendAsUsual, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(sendAsUsual);
        var (inChannel, to) = TakeMark(reply);
        var incoming = turnContext.Activity;
        var forSomeoneElse = to is not null && !string.Equals(to.Id, incoming.From?.Id, StringComparison.Ordinal);
        var personId = forSomeoneElse ? to!.Id : reply.Recipient?.Id;
        if (incoming.ChannelId != Channels.Msteams || PersonalDataRecorder.IsOneToOne(incoming) || personId is null
            || turnContext.TurnState.Get<IConnectorClient>() is not ConnectorClient connector)
        {
            return forSomeoneElse ? NotSent(reply) : await sendAsUsual(reply);
        }

        var (conversation, replyToId, person) = (reply.Conversation, reply.ReplyToId, new ChannelAccount(personId, forSomeoneElse ? to!.Name : reply.Recipient?.Name));
        reply.Id = null;
        if (await TryTargetedAsync(connector, reply, person, cancellationToken) is { } targeted)
        {
            TeamsLog.SentPrivately(logger, conversation?.Id, "targeted message");
            return targeted;
        }

        if (await TryPersonalChatAsync(connector, incoming, reply, person, cancellationToken) is { } personal)
        {
            TeamsLog.SentPrivately(logger, conversation?.Id, "personal chat message");
            return personal;
        }

        (reply.Conversation, reply.ReplyToId, reply.Recipient) = (conversation, replyToId, person);
        if (forSomeoneElse)
        {
            return NotSent(reply);
        }

        if (inChannel is not null)
        {
            (reply.Text, reply.Attachments, reply.SuggestedActions, reply.Entities) = (inChannel, null, null, null);
        }

        TeamsLog.PostedInChannel(logger, conversation?.Id);
        return await sendAsUsual(reply);
    }

    private static (string? InChannel, ReplyPerson? To) TakeMark(Activity reply)
    {
        var data = (JObject)reply.ChannelData;
        var mark = (JObject)data[Key]!;
        data.Remove(Key);
        reply.ChannelData = data.Count == 0 ? null : data;
        return ((string?)mark[InChannelKey], PersonIn(mark));
    }

    // The someone else a mark names, if any (see Mark's "to").
    private static ReplyPerson? PersonIn(JObject mark) => (string?)mark[ToIdKey] is { } id ? new ReplyPerson(id, (string?)mark[ToNameKey]) : null;

    // A note for someone other than the sender is theirs alone: where it cannot reach them privately, nobody sees it.
    private ResourceResponse NotSent(Activity reply)
    {
        TeamsLog.NoteNotSent(logger, reply.Conversation?.Id);
        return new ResourceResponse(string.Empty);
    }

    private async Task<ResourceResponse?> TryTargetedAsync(ConnectorClient connector, Activity reply, ChannelAccount person, CancellationToken cancellationToken)
    {
        reply.Recipient = new ChannelAccount(person.Id, person.Name) { Properties = new JObject { ["isTargeted"] = true } };
        var url = $"{connector.BaseUri.ToString().TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(reply.Conversation.Id)}/activities?isTargetedActivity=true";
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(SafeJsonConvert.SerializeObject(reply, connector.SerializationSettings), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            if (connector.Credentials is { } credentials)
            {
                await credentials.ProcessHttpRequestAsync(request, cancellationToken);
            }

            using var response = await connector.HttpClient.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                TeamsLog.TargetedRefused(logger, reply.Conversation.Id, (int)response.StatusCode);
                return null;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return (body.Length > 0 ? SafeJsonConvert.DeserializeObject<ResourceResponse>(body, connector.DeserializationSettings) : null) ?? new ResourceResponse(string.Empty);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or TaskCanceledException or Newtonsoft.Json.JsonException && !cancellationToken.IsCancellationRequested)
        {
            TeamsLog.TargetedFailed(logger, e, reply.Conversation.Id);
            return null;
        }
    }

    // Opening a personal chat with someone the bot already has one with gives back that same chat.
    private async Task<ResourceResponse?> TryPersonalChatAsync(ConnectorClient connector, Activity incoming, Activity reply, ChannelAccount person, CancellationToken cancellationToken)
    {
        var from = reply.Conversation.Id;
        var tenantId = incoming.Conversation?.TenantId ?? incoming.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        try
        {
            var created = await connector.Conversations.CreateConversationAsync(
                new ConversationParameters
                {
                    IsGroup = false,
                    Bot = reply.From ?? incoming.Recipient,
                    Members = [person],
                    TenantId = tenantId,
                    ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
                },
                cancellationToken);
            reply.Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: created?.Id ?? throw new ErrorResponseException("The connector opened no conversation."), tenantId: tenantId);
            (reply.ReplyToId, reply.Recipient) = (null, person);
            return await connector.Conversations.SendToConversationAsync(reply, cancellationToken) ?? new ResourceResponse(string.Empty);
        }
        catch (Exception e) when (e is ErrorResponseException or HttpRequestException or TimeoutRejectedException or TaskCanceledException or Microsoft.Rest.SerializationException && !cancellationToken.IsCancellationRequested)
        {
            TeamsLog.PersonalChatFailed(logger, e, from);
            return null;
        }
    }
}
