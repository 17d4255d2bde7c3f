namespace CoproBot.Knowledge.Meaning;

/// <summary>How near a message is to one label of an <see cref="ExampleBank"/>.</summary>
/// <param name="Best">The similarity of the nearest example.</param>
/// <param name="Mean">The mean similarity of the few nearest examples.</param>
/// <param name="Nearest">The nearest example's text.</param>
public sealed record LabelNearness(float Best, float Mean, string Nearest);
