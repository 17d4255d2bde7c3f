using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Translation;
using CoproBot.Tests.Infrastructure;

namespace CoproBot.Tests.Conversation;

/// <summary>A French-speaking team member (Teams in fr-CA) asks about the cases through /api/messages and reads French.</summary>
public sealed class FrenchKnowledgeConversationTests
{
    private const string OriginalLabel = "Original (anglais) :";

    public static TheoryData<string, string, string> EveryFeatureOfEveryCase => new()
    {
        { "Qui est visé par ESTHER ?", "esther", "vulnerable-group" },
        { "Qui est visé par Making Recovery Real ?", "making-recovery-real", "vulnerable-group" },
        { "Qui est visé par le Centre d'apprentissage de l'ACSM ?", "cmha-learning-centre", "vulnerable-group" },
        { "Quelle est l'approche de coproduction d'ESTHER ?", "esther", "coproduction-approach" },
        { "Quelle est l'approche de coproduction de Making Recovery Real ?", "making-recovery-real", "coproduction-approach" },
        { "Quelle est l'approche de coproduction du Centre d'apprentissage de l'ACSM ?", "cmha-learning-centre", "coproduction-approach" },
        { "Quelles sont les questions directrices d'ESTHER ?", "esther", "guiding-questions" },
        { "Quelle est la question directrice de Making Recovery Real ?", "making-recovery-real", "guiding-questions" },
        { "Quelle est la question directrice du Centre d'apprentissage de l'ACSM ?", "cmha-learning-centre", "guiding-questions" },
        { "Quels sont les principes d'inclusivité d'ESTHER ?", "esther", "inclusivity-principles" },
        { "Quels sont les principes d'inclusivite de Making Recovery Real ?", "making-recovery-real", "inclusivity-principles" },
        { "Quels sont les principes d'inclusivité du Centre d'apprentissage de l'ACSM ?", "cmha-learning-centre", "inclusivity-principles" },
        { "Comment ESTHER agit-il sur la vulnérabilité structurelle ?", "esther", "addressing-vulnerability" },
        { "Comment Making Recovery Real répond-il à la vulnérabilité structurelle ?", "making-recovery-real", "addressing-vulnerability" },
        { "Comment le Centre d'apprentissage de l'ACSM aborde-t-il la vulnérabilité structurelle ?", "cmha-learning-centre", "addressing-vulnerability" },
    };

    [Theory]
    [MemberData(nameof(EveryFeatureOfEveryCase))]
    public async Task EachFeatureOfEachCaseIsAnsweredInFrenchWithTheOriginalOneLineAway(string question, string caseId, string featureId)
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "fr:" + caseId + ":" + featureId, question);

        var french = Flat(ShippedTranslation.French.Text.Cell(caseId, featureId).SearchText);
        var english = Flat(ShippedKnowledge.Knowledge.Cell(caseId, featureId).SearchText);
        var lines = reply.Split('\n');
        var original = Array.FindIndex(lines, l => l.StartsWith(OriginalLabel, StringComparison.Ordinal));
        Assert.True(original > 1, $"No line gives the original: {reply}");

        // The line before the original is French from this very cell; the original is the English of the same cell, verbatim.
        var translated = lines[..original].Last(l => l.Length > 0).TrimStart('-', ' ');
        Assert.Contains(translated, french, StringComparison.Ordinal);
        foreach (var piece in lines[original][OriginalLabel.Length..].Trim().Trim('_').Split(" · "))
        {
            Assert.Contains(Flat(piece), english, StringComparison.Ordinal);
        }

        Assert.Contains($"(traduction)", SourceLine(reply), StringComparison.Ordinal);
        Assert.Contains(ShippedTranslation.French.Text.Feature(featureId).Title.ToLowerInvariant(), SourceLine(reply), StringComparison.Ordinal);
        Assert.Contains("Vous pourriez aussi demander :", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("You could also ask", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AComparisonInFrenchPutsBothTranslationsSideBySideEachWithItsOriginal()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "fr:compare", "Compare les principes d'inclusivité d'ESTHER et de Making Recovery Real");

        Assert.StartsWith("**Principes d'inclusivité : ESTHER et Making Recovery Real**", reply, StringComparison.Ordinal);
        Assert.Contains("- Joie, « plaisir sérieux »", reply, StringComparison.Ordinal);
        Assert.Contains("- Dépasser le modèle médical de prestation des services", reply, StringComparison.Ordinal);
        Assert.Contains(OriginalLabel + " _Focus on care coordination in complex needs population · Openness, transparency", reply, StringComparison.Ordinal);
        Assert.Contains("Moving beyond the medical model of service delivery_", reply, StringComparison.Ordinal);
        Assert.Equal(2, reply.Split('\n').Count(l => l.StartsWith(OriginalLabel, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AnOverviewOfTheThirdCaseInFrenchHasEveryFeatureTranslatedWithItsOriginal()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "fr:overview", "Parle-moi du troisième cas");

        Assert.StartsWith("**Cas 3 : CMHA Learning Centre**", reply, StringComparison.Ordinal);
        foreach (var feature in ShippedTranslation.French.Text.Features)
        {
            Assert.Contains("### " + feature.Title, reply, StringComparison.Ordinal);
        }

        Assert.Equal(5, reply.Split('\n').Count(l => l.StartsWith(OriginalLabel, StringComparison.Ordinal)));
        Assert.Contains("Les cours sont ouverts à toute personne intéressée à participer ou à apprendre", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishQuestionFromAFrenchTeamsIsAnsweredInTheOriginalAlone()
    {
        await using var host = await BotHost.StartAsync();

        var reply = await AskAsync(host, "fr:english", "What are the inclusivity principles of ESTHER?");

        Assert.Contains("- Joy, ‘serious fun’", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Original", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("traduction", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFrenchQuestionFromAnEnglishTeamsIsAnsweredInFrench()
    {
        await using var host = await BotHost.StartAsync();

        var reply = Assert.Single(await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "en:french", "Quelles sont les questions directrices d'ESTHER ?")));

        Assert.Contains("- Qui doit coopérer pour y parvenir ?", reply, StringComparison.Ordinal);
        Assert.Contains(OriginalLabel + " _What is best for, or important to, Esther?", reply, StringComparison.Ordinal);
    }

    private static async Task<string> AskAsync(BotHost host, string conversation, string text)
    {
        var activity = Activities.Message(host.Connector.ServiceUrl, conversation, text);
        activity["locale"] = "fr-CA";
        return Assert.Single(await host.PostAsync(activity));
    }

    private static string Flat(string text) => string.Join(' ', text.Split(['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static string SourceLine(string reply) =>
        reply.Split('\n').Single(l => l.StartsWith("_Source :", StringComparison.Ordinal));
}
