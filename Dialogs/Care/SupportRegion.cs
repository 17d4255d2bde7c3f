namespace CoproBot.Dialogs.Care;

/// <summary>The support lines and emergency number of one region.</summary>
public sealed class SupportRegion
{
    public string EmergencyNumber { get; set; } = string.Empty;

    public List<SupportLine> Lines { get; set; } = [];
}
