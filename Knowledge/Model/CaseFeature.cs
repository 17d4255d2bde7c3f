namespace CoproBot.Knowledge.Model;

/// <summary>What the source says about one feature of one case: a text, or a list of items.</summary>
public sealed record CaseFeature(string CaseId, string FeatureId, string? Text, IReadOnlyList<string> Items)
{
    public bool IsList => Items.Count > 0;

    /// <summary>All the words of the cell, for searching.</summary>
    public string SearchText => IsList ? string.Join('\n', Items) : Text ?? string.Empty;
}
