using CoproBot.Dialogs.Engine;
using CoproBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Dialogs;

public sealed class DateTimePromptTests
{
    // Wednesday 10 June 2026, 10:00 in London (BST, UTC+1).
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private readonly DateTimePrompt _prompt = new("when", new FakeTimeProvider(Now));

    [Fact]
    public void TomorrowAtTenIsReadOnTheUsersClock()
    {
        var found = _prompt.Read("tomorrow at 10am", London, "en-us")!;

        Assert.Equal(new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero), found.Utc);
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 10, 0, 0, TimeSpan.FromHours(1)), found.Local);
        Assert.Equal(TimeSpan.FromHours(1), found.Local.Offset);
        Assert.Equal("Europe/London", found.TimeZoneId);
        Assert.False(found.IsAmbiguous);
        Assert.True(found.HasTime);
    }

    [Fact]
    public void OnMondayMeansTheComingMondayWithoutATime()
    {
        var found = _prompt.Read("on Monday", London, "en-us")!;

        Assert.Equal(new DateTime(2026, 6, 15), found.Local.Date);
        Assert.Equal(new DateTimeOffset(2026, 6, 14, 23, 0, 0, TimeSpan.Zero), found.Utc);
        Assert.False(found.HasTime);
        Assert.False(found.IsAmbiguous);
    }

    [Fact]
    public void OnMondayMeansTheLastMondayWhenThePastIsPreferred()
    {
        var found = _prompt.Read("on Monday", London, "en-us", preferFuture: false)!;

        Assert.Equal(new DateTime(2026, 6, 8), found.Local.Date);
    }

    [Fact]
    public void InTwoHoursCountsFromTheInjectedClock()
    {
        var found = _prompt.Read("in 2 hours", London, "en-us")!;

        Assert.Equal(Now.AddHours(2), found.Utc);
    }

    [Fact]
    public void ATimeWithoutAmOrPmIsAmbiguous()
    {
        var found = _prompt.Read("tomorrow at 10", London, "en-us")!;

        Assert.True(found.IsAmbiguous);
        Assert.Equal(
            [new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 11, 21, 0, 0, TimeSpan.Zero)],
            found.Candidates);
        Assert.Equal(found.Candidates[0], found.Utc);
    }

    [Fact]
    public void ATimeAlreadyPassedTodayMeansTomorrow()
    {
        var found = _prompt.Read("at 9am", London, "en-us")!;

        Assert.Equal(new DateTimeOffset(2026, 6, 11, 8, 0, 0, TimeSpan.Zero), found.Utc);
    }

    [Fact]
    public void TextWithoutADateIsNotRecognised()
    {
        Assert.Null(_prompt.Read("whenever suits", London, "en-us"));
    }

    [Fact]
    public void TheActivitysLocalTimezoneIsUsed()
    {
        var activity = new Activity(ActivityTypes.Message) { LocalTimezone = "America/New_York" };

        Assert.Equal("America/New_York", UserTimeZone.Resolve(activity).Id);
    }

    [Fact]
    public void TeamsClientInfoTimezoneIsUsed()
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Entities = [new Entity("clientInfo") { Properties = JObject.Parse("""{"locale":"en-GB","country":"GB","platform":"Web","timezone":"Europe/London"}""") }],
        };

        Assert.Equal("Europe/London", UserTimeZone.Resolve(activity).Id);
    }

    [Fact]
    public void ALocalTimestampGivesAFixedOffset()
    {
        var activity = new Activity(ActivityTypes.Message) { LocalTimestamp = new DateTimeOffset(2026, 6, 10, 11, 0, 0, TimeSpan.FromHours(2)) };

        var zone = UserTimeZone.Resolve(activity);

        Assert.Equal(TimeSpan.FromHours(2), zone.BaseUtcOffset);
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 8, 0, 0, TimeSpan.Zero), _prompt.Read("tomorrow at 10am", zone, "en-us")!.Utc);
    }

    [Fact]
    public void ASavedTimeZoneWinsAndUnknownZonesFallBack()
    {
        var activity = new Activity(ActivityTypes.Message) { LocalTimezone = "Not/AZone" };

        Assert.Equal("Asia/Tokyo", UserTimeZone.Resolve(activity, "Asia/Tokyo").Id);
        Assert.Equal(TimeZoneInfo.Utc, UserTimeZone.Resolve(activity, "Also/Unknown"));
    }

    [Fact]
    public async Task DateTimePromptResolvesAgainstTheUsersZoneFromTheActivity()
    {
        var steps = new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("when", new DateTimePromptOptions { Prompt = MessageFactory.Text("When shall I remind you?") }, ct),
            Steps.Say(step => step.Result is DateTimeResolution r ? $"{r.Utc:O} {r.TimeZoneId} ambiguous={r.IsAmbiguous}" : "none"),
        ]);
        var bot = new DialogTestBot(new TestComponent("root", [steps, _prompt]));
        var adapter = DialogTestBot.NewAdapter();
        var answer = adapter.MakeActivity("tomorrow at 10am");
        answer.LocalTimezone = "America/New_York";

        await bot.Flow(adapter)
            .Send("hi").AssertReply("When shall I remind you?")
            .Send(answer).AssertReply("2026-06-11T14:00:00.0000000+00:00 America/New_York ambiguous=False")
            .StartTestAsync();
    }

    [Fact]
    public async Task ASavedZoneInTheOptionsSurvivesBetweenTurns()
    {
        var steps = new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("when", new DateTimePromptOptions { Prompt = MessageFactory.Text("When?"), TimeZoneId = "Asia/Tokyo" }, ct),
            Steps.Say(step => step.Result is DateTimeResolution r ? $"{r.Local:yyyy-MM-dd HH:mm zzz} {r.TimeZoneId}" : "none"),
        ]);

        await new DialogTestBot(new TestComponent("root", [steps, _prompt])).Flow()
            .Send("hi").AssertReply("When?")
            .Send("tomorrow at 10am").AssertReply("2026-06-11 10:00 +09:00 Asia/Tokyo")
            .StartTestAsync();
    }
}
