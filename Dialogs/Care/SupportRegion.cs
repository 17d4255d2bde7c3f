namespace CoproBot.Dialogs.Care;

/// <summary>The support lines and emergency number of one region.</summary>
public sealed class SupportRegion
{
    /// <summary>The emergency number, or several separated by "/" ("15 / 112"); empty says "your local emergency number".</summary>
    public string EmergencyNumber { get; set; } = string.Empty;

    public List<SupportLine> Lines { get; set; } = [];
}
