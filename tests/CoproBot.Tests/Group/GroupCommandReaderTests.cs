using CoproBot.Dialogs.Group;
using CoproBot.Dialogs.Understanding;

namespace CoproBot.Tests.Group;

public sealed class GroupCommandReaderTests
{
    private static readonly GroupCommandReader Reader = new(MeaningReader.Lexical);

    [Theory]
    [InlineData("facilitate ESTHER", GroupCommandKind.Start, "ESTHER")]
    [InlineData("Start a group reflection on Making Recovery Real", GroupCommandKind.Start, "Making Recovery Real")]
    [InlineData("hand over to <at>Sam</at>", GroupCommandKind.HandOver, "<at>Sam</at>")]
    [InlineData("make Sam facilitator", GroupCommandKind.HandOver, "Sam")]
    [InlineData("Next!", GroupCommandKind.Next, "")]
    [InlineData("reopen 2", GroupCommandKind.Reopen, "2")]
    [InlineData("switch to silent mode", GroupCommandKind.Mode, "silent")]
    [InlineData("park Transport costs for carers", GroupCommandKind.Park, "Transport costs for carers")]
    [InlineData("I’ll own 2", GroupCommandKind.Own, "2")]
    [InlineData("own parked 3", GroupCommandKind.Own, "3")]
    [InlineData("withdraw my contributions", GroupCommandKind.Withdraw, "")]
    [InlineData("export CSV", GroupCommandKind.ExportCsv, "")]
    public void CommandsAreReadWithTheirWordsKeptAsWritten(string text, GroupCommandKind kind, string argument)
    {
        var command = Reader.Read(text);

        Assert.Equal(kind, command.Kind);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("who hasn't spoken?")]
    [InlineData("Who hasn't contributed yet")]
    [InlineData("who's been quiet so far?")]
    [InlineData("participation")]
    [InlineData("balance")]
    [InlineData("how many have answered?")]
    [InlineData("how many people have answered so far")]
    [InlineData("has everyone contributed?")]
    [InlineData("who has not had a say on this question")]
    [InlineData("qui n'a pas encore participé ?")]
    [InlineData("combien ont répondu")]
    public void AskingAboutTheBalanceOfVoicesIsReadAsParticipation(string text) =>
        Assert.Equal(GroupCommandKind.Participation, Reader.Read(text).Kind);

    [Theory]
    [InlineData("participation of families from the start")]
    [InlineData("balance the power between staff and families")]
    [InlineData("people who haven't spoken before need a safe way in")]
    [InlineData("the quiet ones often know the most")]
    public void ContributionsAboutParticipationStayContributions(string text) =>
        Assert.Equal(GroupCommandKind.None, Reader.Read(text).Kind);

    [Theory]
    [InlineData("make services accessible for everyone")]
    [InlineData("back to basics: listen first")]
    [InlineData("own goals matter less than shared ones")]
    [InlineData("parking spaces for carers")]
    [InlineData("use plain language")]
    [InlineData("next time we should ask earlier")]
    public void ContributionsThatBeginLikeACommandStayContributions(string text) =>
        Assert.Equal(GroupCommandKind.None, Reader.Read(text).Kind);

    [Theory]
    [InlineData("suivant", GroupCommandKind.Next, "")]
    [InlineData("Révéler", GroupCommandKind.Reveal, "")]
    [InlineData("reveler", GroupCommandKind.Reveal, "")]
    [InlineData("je passe", GroupCommandKind.Pass, "")]
    [InlineData("Passer", GroupCommandKind.Pass, "")]
    [InlineData("mode tour de rôle", GroupCommandKind.Mode, "tour de rôle")]
    [InlineData("mettre de côté le transport des aidants", GroupCommandKind.Park, "le transport des aidants")]
    [InlineData("je prends le 2", GroupCommandKind.Own, "2")]
    [InlineData("terminer la session", GroupCommandKind.End, "")]
    [InlineData("où en est-on ?", GroupCommandKind.Status, "")]
    [InlineData("exporter en csv", GroupCommandKind.ExportCsv, "")]
    [InlineData("qui n'a pas encore parlé ?", GroupCommandKind.Participation, "")]
    [InlineData("question suivante s'il vous plaît", GroupCommandKind.Next, "")]
    public void FrenchCommandsAreReadWithOrWithoutAccents(string text, GroupCommandKind kind, string argument)
    {
        var command = Reader.Read(text, "fr-CA");

        Assert.Equal(kind, command.Kind);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("je pense qu'on devrait passer plus de temps avec les familles")]
    [InlineData("passer plus de temps avec les familles")]
    [InlineData("la suite du parcours compte autant que l'accueil")]
    [InlineData("Mode of transport is a barrier for rural families")]
    [InlineData("équilibre entre le personnel et les familles")]
    public void FrenchAndEnglishContributionsWithCommandWordsStayContributions(string text) =>
        Assert.Equal(GroupCommandKind.None, Reader.Read(text, "fr-CA").Kind);

    [Theory]
    [InlineData("4", 4)]
    [InlineData("four", 4)]
    [InlineData("4/5", 4)]
    [InlineData("4 out of 5", 4)]
    [InlineData("mostly", 4)]
    [InlineData("not at all", 1)]
    [InlineData("5!", 5)]
    public void RatingsAreReadAsTheRecognisersReadThem(string text, int rating) =>
        Assert.Equal(rating, Reader.Rating(text, "en-GB"));

    [Theory]
    [InlineData("7")]
    [InlineData("2.5")]
    [InlineData("we did this in 3 of our 4 clinics last year")]
    [InlineData("honesty matters")]
    public void WordsThatAreNotARatingAreKeptAsAComment(string text) =>
        Assert.Null(Reader.Rating(text, "en-GB"));
}
