namespace CoproBot.Storage.Tables;

/// <summary>The table of each conversation's and each person's Bot Framework state, one row per state entity.</summary>
/// <remarks>The Bot Framework storage over it lives with the bot; storage only needs its name, to delete a person's state first.</remarks>
public static class StateTable
{
    public const string Name = "botstate";

    public const string RowKey = "state";
}
