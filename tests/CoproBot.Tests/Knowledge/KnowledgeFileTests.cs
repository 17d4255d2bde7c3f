using CoproBot.Knowledge.Import;
using CoproBot.Knowledge.Model;

namespace CoproBot.Tests.Knowledge;

public sealed class KnowledgeFileTests
{
    private static KnowledgeBase Parse(string text)
    {
        var result = SourceTableParser.Parse(text, CuratedVocabulary.Shipped);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Knowledge;
    }

    [Fact]
    public void ImportOfTheSourceTableReproducesTheShippedKnowledge()
    {
        var knowledge = Parse(KnowledgeFiles.Source);

        Assert.Equal(["esther", "making-recovery-real", "cmha-learning-centre"], knowledge.Cases.Select(c => c.Id));
        Assert.Equal(["ESTHER", "Making Recovery Real", "CMHA Learning Centre"], knowledge.Cases.Select(c => c.Name));
        Assert.Equal([1, 2, 3], knowledge.Cases.Select(c => c.Number));
        Assert.Equal(["vulnerable-group", "coproduction-approach", "guiding-questions", "inclusivity-principles", "addressing-vulnerability"], knowledge.Features.Select(f => f.Id));
        Assert.Equal(["Structurally vulnerable group", "Coproduction approach", "Guiding question(s)", "Inclusivity principles", "Addressing structural vulnerability"], knowledge.Features.Select(f => f.Title));
        Assert.Equal(15, knowledge.Cells.Count);

        Assert.Equal(["What is best for, or important to, Esther?", "Who needs to cooperate to fulfill this?", "What do we need to improve?"], knowledge.Cell("esther", "guiding-questions").Items);
        Assert.Equal("What would make recovery real in Dundee?", knowledge.Cell("making-recovery-real", "guiding-questions").Text);
        Assert.Equal("Joy, ‘serious fun’", knowledge.Cell("esther", "inclusivity-principles").Items[2]);
        Assert.Equal("Rooted in mental health recovery principles (connection, hope and optimism, identity, meaning, empowerment)", knowledge.Cell("making-recovery-real", "inclusivity-principles").Items[0]);
        Assert.Equal(["Rooted in mental health recovery principles", "Living well for all", "Inclusive educational approach", "Courses are open to anyone interested in participating/learning"], knowledge.Cell("cmha-learning-centre", "inclusivity-principles").Items);
        Assert.Contains("complex care needs across  the health and social care systems.", knowledge.Cell("esther", "addressing-vulnerability").Text, StringComparison.Ordinal);
        Assert.StartsWith("Initial focus on radical customization of an Esther’s journey", knowledge.Cell("esther", "coproduction-approach").Text, StringComparison.Ordinal);
        Assert.Equal("Initially, people with lived/living experience of serious mental illness but expanded to whole community with interest in living well.", knowledge.Cell("cmha-learning-centre", "vulnerable-group").Text);
        Assert.Equal(KnowledgeJson.Write(ShippedKnowledge.Knowledge), KnowledgeJson.Write(knowledge));
    }

    [Fact]
    public void ShippedCasesCarryDerivedAndCuratedAliases()
    {
        var mrr = ShippedKnowledge.Knowledge.Case("making-recovery-real");

        Assert.Contains("making recovery real", mrr.Aliases);
        Assert.Contains("case 2", mrr.Aliases);
        Assert.Contains("the second case", mrr.Aliases);
        Assert.Contains("mrr", mrr.Aliases);
        Assert.Contains("dundee", mrr.Aliases);
        Assert.Contains("population", ShippedKnowledge.Knowledge.Feature("vulnerable-group").Synonyms);
    }

    [Fact]
    public void JsonExportReadsBackAsTheSameKnowledge()
    {
        var json = KnowledgeJson.Write(ShippedKnowledge.Knowledge);
        var read = KnowledgeJson.Read(json, CuratedVocabulary.Shipped);

        Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        Assert.Equal(json, KnowledgeJson.Write(read.Knowledge));
        Assert.Equal(KnowledgeJson.ContentHash(ShippedKnowledge.Knowledge), KnowledgeJson.ContentHash(read.Knowledge));
    }

    [Fact]
    public void SourceTableExportReadsBackAsTheSameKnowledge()
    {
        var text = SourceTableWriter.Write(ShippedKnowledge.Knowledge);

        Assert.Equal(KnowledgeJson.Write(ShippedKnowledge.Knowledge), KnowledgeJson.Write(Parse(text)));
    }

    [Fact]
    public void MarkdownExportIsOneTableWithACaseColumnEach()
    {
        var markdown = MarkdownTableWriter.Write(ShippedKnowledge.Knowledge);
        var lines = markdown.TrimEnd().Split('\n');

        Assert.Equal("| Case features | Case 1 ESTHER | Case 2 Making Recovery Real | Case 3 CMHA Learning Centre |", lines[0]);
        Assert.Equal(2 + 5, lines.Length);
        Assert.Contains("• Joy, ‘serious fun’<br>", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public void AFourthCaseGetsItsIdAndAliasesFromItsName()
    {
        var knowledge = Parse(KnowledgeFiles.WithFourthCase());
        var kitchen = knowledge.Case("peer-kitchen");

        Assert.Equal(4, kitchen.Number);
        Assert.Equal("Peer Kitchen", kitchen.Name);
        Assert.Contains("peer kitchen", kitchen.Aliases);
        Assert.Contains("case 4", kitchen.Aliases);
        Assert.Contains("the fourth case", kitchen.Aliases);
        Assert.Equal(["Everyone eats together", "Pay what you can"], knowledge.Cell("peer-kitchen", "inclusivity-principles").Items);
    }

    [Fact]
    public void ARaggedBlockIsRejectedAtItsTitleLine()
    {
        var text = KnowledgeFiles.SourceWith("\tWhat would make recovery real in Dundee?\n", string.Empty);

        var error = Assert.Single(SourceTableParser.Parse(text, CuratedVocabulary.Shipped).Errors);

        Assert.Equal(KnowledgeErrorKind.RaggedBlock, error.Kind);
        Assert.Equal(KnowledgeFiles.LineOf(text, "Guiding question(s)"), error.Line);
    }

    [Fact]
    public void AnEmptyCellIsRejectedAtItsLine()
    {
        var text = KnowledgeFiles.SourceWith("\tWhat would make recovery real in Dundee?", "\t");

        var result = SourceTableParser.Parse(text, CuratedVocabulary.Shipped);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Knowledge);
        Assert.Equal(KnowledgeErrorKind.EmptyCell, error.Kind);
        Assert.Equal(KnowledgeFiles.LineOf(KnowledgeFiles.Source, "What would make recovery real in Dundee?"), error.Line);
    }

    [Fact]
    public void ADuplicateCaseIsRejectedAtTheSecondHeaderCell()
    {
        var text = KnowledgeFiles.SourceWith("Case 3 CMHA Learning Centre", "Case 3 ESTHER");

        var error = Assert.Single(SourceTableParser.Parse(text, CuratedVocabulary.Shipped).Errors);

        Assert.Equal(KnowledgeErrorKind.DuplicateId, error.Kind);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void ADuplicateFeatureIsRejectedAtItsSecondTitle()
    {
        var text = KnowledgeFiles.SourceWith("\tInclusivity principles", "\tCoproduction approach");

        var error = Assert.Single(SourceTableParser.Parse(text, CuratedVocabulary.Shipped).Errors);

        Assert.Equal(KnowledgeErrorKind.DuplicateId, error.Kind);
        Assert.Equal(KnowledgeFiles.LineOf(KnowledgeFiles.Source, "Inclusivity principles"), error.Line);
    }

    [Fact]
    public void AJsonCellOfAnUnknownCaseIsRejectedAtItsLine()
    {
        var json = KnowledgeJson.Write(ShippedKnowledge.Knowledge);
        var index = json.LastIndexOf("\"case\": \"esther\"", StringComparison.Ordinal);
        var broken = json[..index] + "\"case\": \"nobody\"" + json[(index + "\"case\": \"esther\"".Length)..];

        var errors = KnowledgeJson.Read(broken, CuratedVocabulary.Shipped).Errors;

        var unknown = Assert.Single(errors, e => e.Kind == KnowledgeErrorKind.UnknownCase);
        Assert.Equal(KnowledgeFiles.LineOf(broken, "\"nobody\"") - 1, unknown.Line);
        Assert.Contains(errors, e => e.Kind == KnowledgeErrorKind.EmptyCell && e.Message.Contains("esther", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedJsonIsRejectedWithItsLine()
    {
        var error = Assert.Single(KnowledgeJson.Read("{\n  \"format\": \"coprobot-knowledge\",\n  \"cases\": [ oops ]\n}", CuratedVocabulary.Shipped).Errors);

        Assert.Equal(KnowledgeErrorKind.Syntax, error.Kind);
        Assert.Equal(3, error.Line);
    }
}
