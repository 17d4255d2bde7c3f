using System.Reflection;
using CoproBot.Dialogs.Languages;

namespace CoproBot.Tests.Languages;

public sealed class PhraseTests
{
    [Fact]
    public void EveryPhraseHasItsOwnNameTheNameOfItsField()
    {
        var fields = typeof(Phrase).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Phrase)).ToList();

        Assert.Equal(fields.Count, Phrase.All.Count);
        Assert.Equal(Phrase.All.Count, Phrase.All.Select(phrase => phrase.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(fields, field => Assert.Equal(field.Name, ((Phrase)field.GetValue(null)!).Name));
        Assert.All(Phrase.All, phrase => Assert.False(string.IsNullOrEmpty(phrase.Name)));
    }

    [Fact]
    public void TryFindGivesBackEveryPhraseByItsName()
    {
        Assert.All(Phrase.All, phrase =>
        {
            Assert.True(Phrase.TryFind(phrase.Name, out var found), phrase.Name);
            Assert.Equal(phrase, found);
            Assert.Equal(phrase.GetHashCode(), found.GetHashCode());
            Assert.Equal(phrase.Name, found.ToString());
        });
    }

    [Fact]
    public void ANameIsFoundOnlyAsWritten()
    {
        Assert.True(Phrase.TryFind("ConversationWelcome", out var welcome));
        Assert.Equal(Phrase.ConversationWelcome, welcome);
        Assert.False(Phrase.TryFind("conversationwelcome", out _));
        Assert.False(Phrase.TryFind("", out _));
        Assert.False(Phrase.TryFind("GroupWhichCase", out _));
    }

    [Fact]
    public void PhrasesAreEqualOnlyToThemselvesAndKeyADictionary()
    {
        Assert.True(Phrase.ConversationHelp == Phrase.All.Single(p => p.Name == "ConversationHelp"));
        Assert.NotEqual(Phrase.ConversationHelp, Phrase.ConversationWelcome);
        Assert.True(Phrase.ConversationHelp != Phrase.ConversationWelcome);
        Assert.False(Phrase.ConversationHelp.Equals((object)"ConversationHelp"));

        var texts = Phrase.All.ToDictionary(phrase => phrase, phrase => phrase.Name);
        Assert.All(Phrase.All, phrase => Assert.Equal(phrase.Name, texts[phrase]));
    }

    [Fact]
    public void TheDefaultValueIsNoPhraseAndIsNeverSaid()
    {
        var none = default(Phrase);

        Assert.False(none.IsNamed);
        Assert.Equal("", none.ToString());
        Assert.DoesNotContain(none, Phrase.All);
        Assert.All(Phrase.All, phrase => Assert.NotEqual(phrase, none));
        Assert.Equal(default, none);
        Assert.Throws<ArgumentException>(() => Language.English[none]);
        Assert.Throws<ArgumentException>(() => Language.French.Format(none, 1));
    }
}
