using System.ComponentModel.DataAnnotations;

namespace CoproBot.Bot.Hosting;

/// <summary>Where CoproBot keeps its tables: Azure Table Storage when a connection string is set, else an embedded file.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>An Azure Storage (or Azurite) connection string; empty means the embedded store.</summary>
    public string AzureTablesConnectionString { get; set; } = string.Empty;

    /// <summary>Prepended to every table name, so several bots can share one account.</summary>
    [RegularExpression("^[a-z][a-z0-9]{0,19}$", ErrorMessage = "Storage:TablePrefix must be 1 to 20 lower-case letters and digits, starting with a letter.")]
    public string TablePrefix { get; set; } = "copro";

    /// <summary>The folder of the embedded store's file, relative to the working directory unless rooted.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";

    [Range(1, 300)]
    public int NetworkTimeoutSeconds { get; set; } = 10;

    public bool UsesAzure => !string.IsNullOrWhiteSpace(AzureTablesConnectionString);

    public string EmbeddedFilePath => Path.Combine(DataDirectory, "coprobot.db");
}
