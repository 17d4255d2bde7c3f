using CoproBot.Dialogs.Languages;
using CoproBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoproBot.Tests.Group;

/// <summary>A group session run entirely in French in a Teams channel of fr-CA clients, with French commands, through /api/messages.</summary>
public sealed class TeamsFrenchSessionTests : IAsyncLifetime
{
    private static readonly Language French = Language.French;
    private BotHost _host = null!;
    private TeamsChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync();
        _channel = new TeamsChannel(_host, "19:fr-session@thread.tacv2");
        foreach (var name in new[] { "Camille", "Sam", "Jo", "Niamh" })
        {
            _channel.Locales[name] = "fr-CA";
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AWholeSessionIsAnnouncedPromptedRefusedChartedAndSummarisedInFrench()
    {
        var start = await _channel.SayAsync("Camille", "facilitate ESTHER en français");
        Assert.StartsWith("Réfléchissons ensemble à **ESTHER**", start[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Ouvert", "Silencieux puis révélé", "Anonyme", "Tour de rôle"], ButtonsOf(start[^1]));

        var first = await _channel.SayAsync("Camille", "Ouvert");
        Assert.Equal(French[Phrase.GroupModeOpen], first[0].Text);
        var prompt = TeamsChannel.TextOf(first[^1]);
        Assert.StartsWith("**Question 1 sur 3 (étape 1 sur 9)**\nQu'est-ce qui est le mieux pour Esther, ou important pour elle ?\nOriginal (anglais) : _What is best for, or important to, Esther?_\n\n", prompt, StringComparison.Ordinal);
        Assert.Contains("Partagez vos idées : répondez ici.", prompt, StringComparison.Ordinal);
        // The card's own send button comes first; the session's buttons follow, in French ("Contribuer" is the card's box).
        Assert.Equal(["Révéler", "Suivant", "Terminer"], ButtonsOf(first[^1]).Skip(1));
        Assert.Contains("Vos idées, ou une note de 1 à 5", CardOf(first[^1]), StringComparison.Ordinal);

        Assert.Equal("Bienvenue, vous participez. Répondez à chaque question avec vos idées, ou écrivez « je passe ».", OnlyFor("Niamh", await _channel.DeliveredAsync("Niamh", "rejoindre")));
        Assert.Equal("C'est noté pour Question 1 sur 3 (étape 1 sur 9), merci.", OnlyFor("Sam", await _channel.DeliveredAsync("Sam", "Demander à Esther ce qui compte le plus pour elle")));
        Assert.StartsWith("C'est noté", OnlyFor("Jo", await _channel.DeliveredAsync("Jo", "je pense qu'on devrait passer plus de temps avec les familles")), StringComparison.Ordinal);

        // A participant who tries to move the group on is told, privately and in French, that it is the facilitator's part.
        Assert.Equal(French.Format(Phrase.GroupOnlyFacilitator, French[Phrase.GroupToMoveOn]), OnlyFor("Sam", await _channel.DeliveredAsync("Sam", "suivant")));

        var balance = OnlyFor("Camille", await _channel.DeliveredAsync("Camille", "qui n'a pas encore parlé ?"));
        Assert.StartsWith("**Participation sur Question 1 sur 3 (étape 1 sur 9)** (visible par vous seulement)", balance, StringComparison.Ordinal);
        Assert.Contains("Ont contribué à cette étape : Sam une fois (1 dans la session), Jo une fois (1 dans la session).", balance, StringComparison.Ordinal);
        Assert.Contains("Ont rejoint la session sans encore contribuer à cette étape : Niamh.", balance, StringComparison.Ordinal);
        Assert.Contains("Vous pourriez inviter Niamh à partager une idée, ou passer au tour de rôle (« mode tour de rôle »).", balance, StringComparison.Ordinal);

        var parked = Assert.Single(await _channel.SayAsync("Jo", "mettre de côté le coût du transport pour les aidants"));
        Assert.StartsWith("Mis de côté sous le numéro 1 : le coût du transport pour les aidants.", parked.Text, StringComparison.Ordinal);
        Assert.Contains(await _channel.SayAsync("Niamh", "je prends le 1"), a => a.Text == "Merci : vous prenez en charge le sujet mis de côté 1, le coût du transport pour les aidants.");

        await _channel.SayAsync("Camille", "suivant");
        await _channel.SayAsync("Camille", "on passe à la suite");
        Assert.Contains(await _channel.SayAsync("Camille", "question suivante"), a => TeamsChannel.TextOf(a).StartsWith("**Principe 1 sur 6 (étape 4 sur 9)**", StringComparison.Ordinal));
        foreach (var (name, rating) in new[] { ("Camille", "4"), ("Sam", "quatre"), ("Jo", "plutôt bien"), ("Niamh", "2") })
        {
            Assert.StartsWith("Merci, votre note pour Principe 1 sur 6 (étape 4 sur 9) est enregistrée.", OnlyFor(name, await _channel.DeliveredAsync(name, rating)), StringComparison.Ordinal);
        }

        var reveal = Assert.Single(await _channel.SayAsync("Camille", "révéler"));
        Assert.Contains("4 ▇▇▇ 3 (3 personnes ont noté 4)", reveal.Text, StringComparison.Ordinal);
        Assert.Contains("2 ▇ 1 (1 personne a noté 2)", reveal.Text, StringComparison.Ordinal);
        var chart = JObject.FromObject(Assert.Single(reveal.Attachments).Content)["body"]![0]!;
        Assert.Equal("Note (1 = pas du tout, 5 = tout à fait)", (string?)chart["xAxisTitle"]);
        Assert.Equal("Personnes", (string?)chart["yAxisTitle"]);

        var status = await _channel.SayAsync("Camille", "où en est-on ?");
        Assert.StartsWith("Notre réflexion de groupe sur ESTHER en est à Principe 1 sur 6 (étape 4 sur 9), en mode Ouvert. Camille anime la session.", status[0].Text, StringComparison.Ordinal);

        var ended = await _channel.SayAsync("Camille", "terminer la session");
        Assert.StartsWith("C'est la fin de notre session.", ended[0].Text, StringComparison.Ordinal);
        Assert.Contains("« exporter en markdown »", ended[0].Text, StringComparison.Ordinal);
        var summary = ended[^1].Text;
        Assert.StartsWith("## Réflexion de groupe sur ESTHER", summary, StringComparison.Ordinal);
        Assert.Contains("- Sam: Demander à Esther ce qui compte le plus pour elle", summary, StringComparison.Ordinal);
        Assert.Contains("### Principe 1 sur 6 (étape 4 sur 9): Accent sur la coordination des soins dans une population aux besoins complexes (original : « Focus on care coordination in complex needs population »)", summary, StringComparison.Ordinal);
        Assert.Contains("### Sujets mis de côté\n1. le coût du transport pour les aidants (pris en charge par Niamh)", summary, StringComparison.Ordinal);

        var markdown = Assert.Single(await _channel.SayAsync("Sam", "exporter en markdown")).Text;
        Assert.StartsWith("# Réflexion de groupe sur ESTHER", markdown, StringComparison.Ordinal);
        Assert.Contains("## Qui a participé", markdown, StringComparison.Ordinal);
        var csv = Assert.Single(await _channel.SayAsync("Sam", "exporter en csv")).Text;
        Assert.Contains("step,kind,prompt,participant,contribution,rating", csv, StringComparison.Ordinal);
        Assert.Contains("\"1\",\"Question\",\"Qu'est-ce qui est le mieux pour Esther, ou important pour elle ? (original : « What is best for, or important to, Esther? »)\",\"Sam\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAnAnonymousFrenchSessionTheFacilitatorAloneIsToldCountsAndOneWordIsAContributionFromAnyoneElse()
    {
        await _channel.SayAsync("Camille", "facilitate ESTHER anonymement en français");
        await _channel.SayAsync("Niamh", "je participe");
        await _channel.SubmitAsync("Sam", "Aller vers les gens là où ils sont", step: 1);
        await _channel.SubmitAsync("Jo", "Demander aux familles ce dont elles ont besoin", step: 1);

        // From a participant, "équilibre" alone answers the question; from the facilitator, it asks for the balance.
        Assert.StartsWith("Merci, votre contribution à Question 1 sur 3", OnlyFor("Sam", await _channel.DeliveredAsync("Sam", "équilibre")), StringComparison.Ordinal);
        foreach (var asked in new[] { "qui n'a pas encore parlé ?", "equilibre" })
        {
            var balance = OnlyFor("Camille", await _channel.DeliveredAsync("Camille", asked));
            Assert.Contains("Jusqu'ici sur cette étape : 3 contributions de 2 personnes, sur 4 qui ont rejoint la session.", balance, StringComparison.Ordinal);
            Assert.Contains("Vous pourriez inviter les personnes qui ne l'ont pas encore fait à partager une idée", balance, StringComparison.Ordinal);
            foreach (var identity in new[] { "Sam", "Jo", "Niamh", TeamsChannel.IdOf("Sam") })
            {
                Assert.DoesNotContain(identity, balance, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task InAFrenchSessionAParticipantWithAnEnglishTeamsGetsTheirOwnRefusalInEnglish()
    {
        _channel.Locales["Alex"] = "en-GB";
        await _channel.SayAsync("Camille", "facilitate ESTHER en français");
        var begun = await _channel.SayAsync("Camille", "mode ouvert");
        Assert.StartsWith("**Question 1 sur 3", TeamsChannel.TextOf(begun[^1]), StringComparison.Ordinal);

        Assert.Equal(Language.English.Format(Phrase.GroupOnlyFacilitator, Language.English[Phrase.GroupToMoveOn]), OnlyFor("Alex", await _channel.DeliveredAsync("Alex", "next")));
        Assert.Equal(French.Format(Phrase.GroupOnlyFacilitator, French[Phrase.GroupToMoveOn]), OnlyFor("Sam", await _channel.DeliveredAsync("Sam", "suivant")));
        Assert.Equal("Noted for Question 1 of 3 (step 1 of 9), thank you.", OnlyFor("Alex", await _channel.DeliveredAsync("Alex", "Start from what Esther herself wants")));

        // What the group sees stays in the session's language, whoever's message brought it.
        var parked = Assert.Single(await _channel.SayAsync("Alex", "park transport for carers"));
        Assert.StartsWith("Mis de côté sous le numéro 1 : transport for carers.", parked.Text, StringComparison.Ordinal);
    }

    private static string OnlyFor(string name, List<RecordedActivity> delivered)
    {
        var reply = Assert.Single(delivered);
        Assert.Equal("?isTargetedActivity=true", reply.Query);
        Assert.Equal(TeamsChannel.IdOf(name), reply.Activity.Recipient.Id);
        return Replies.TextOf(reply.Activity);
    }

    private static string CardOf(Activity activity) => string.Join("\n", (activity.Attachments ?? []).Select(a => JObject.FromObject(a.Content).ToString()));

    private static List<string> ButtonsOf(Activity activity) =>
        [.. (activity.Attachments ?? []).SelectMany(a => JObject.FromObject(a.Content).Descendants().OfType<JObject>())
            .Where(o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true)
            .Select(o => (string)o["title"]!)];
}
