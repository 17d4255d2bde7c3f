using CoproBot.Dialogs.Prompts;
using Microsoft.Extensions.Time.Testing;

namespace CoproBot.Tests.Reflection;

/// <summary>Reading a time of day: an hour only one half of the day can mean is kept; one either half could mean is left to ask.</summary>
public sealed class WrittenHourTests
{
    private static readonly DateTimePrompt Times = new("times", new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("demain à 22 h", "fr-CA", 22)]
    [InlineData("demain à 10 h", "fr-CA", 10)]
    [InlineData("lundi à 9h30", "fr-FR", 9)]
    [InlineData("demain à 12 h", "fr-CA", 12)]
    [InlineData("demain vers 18 heures", "fr-FR", 18)]
    [InlineData("tomorrow at 22:00", "en-GB", 22)]
    [InlineData("on Monday at 15:30", "en-US", 15)]
    public void AnHourOnlyOneHalfOfTheDayCanMeanIsKeptWithoutAsking(string text, string locale, int hour)
    {
        var heard = Times.Read(text, TimeZoneInfo.Utc, locale);

        Assert.NotNull(heard);
        Assert.False(heard.IsAmbiguous);
        Assert.Equal(hour, heard.Local.Hour);
    }

    [Theory]
    [InlineData("demain à 3 h", "fr-CA", 3, 15)]
    [InlineData("demain à 10 h du soir", "fr-CA", 10, 22)]
    [InlineData("tomorrow at 10", "en-GB", 10, 22)]
    public void AnHourEitherHalfOfTheDayCouldMeanIsLeftToAsk(string text, string locale, int morning, int evening)
    {
        var heard = Times.Read(text, TimeZoneInfo.Utc, locale);

        Assert.NotNull(heard);
        if (heard.IsAmbiguous)
        {
            Assert.Equal([morning, evening], heard.Candidates.Select(c => c.Hour));
        }
        else
        {
            // A recognizer that settles "du soir" itself gives the evening.
            Assert.Equal(evening, heard.Local.Hour);
        }
    }

    [Theory]
    [InlineData("rappelle-moi dans 10 heures", "fr-CA", 19)]
    [InlineData("in 14 hours", "en-GB", 23)]
    public void ADurationIsNotATimeOfDay(string text, string locale, int hour)
    {
        var heard = Times.Read(text, TimeZoneInfo.Utc, locale);

        Assert.NotNull(heard);
        Assert.Equal(hour, heard.Local.Hour);
    }
}
