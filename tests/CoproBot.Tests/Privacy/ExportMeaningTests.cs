using CoproBot.Dialogs.Understanding;

namespace CoproBot.Tests.Privacy;

public sealed class ExportMeaningTests
{
    [Theory]
    [InlineData("export my data", MeaningKind.ExportMyData)]
    [InlineData("please send me a copy of my data", MeaningKind.ExportMyData)]
    [InlineData("export my data as JSON", MeaningKind.ExportMyDataAsJson)]
    [InlineData("can I have my data in json please", MeaningKind.ExportMyDataAsJson)]
    [InlineData("exporter mes données en JSON", MeaningKind.ExportMyDataAsJson)]
    [InlineData("what's the json format of ESTHER's principles?", MeaningKind.Nothing)]
    public void AskingForTheExportAsJsonIsReadApartFromTheDocument(string text, MeaningKind expected)
    {
        var meaning = MeaningReader.Lexical.Read(text, new MessageContext(Awaiting.Nothing));

        Assert.Equal(expected, meaning.Kind == MeaningKind.KnowledgeQuestion ? MeaningKind.Nothing : meaning.Kind);
    }
}
