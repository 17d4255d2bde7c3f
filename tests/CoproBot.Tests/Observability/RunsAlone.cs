namespace CoproBot.Tests.Observability;

/// <summary>
/// CoproBot's ActivitySource and meters are process-wide, so an exporter also sees other tests' turns: the telemetry
/// tests run alone, after the parallel ones, so their in-memory exporters are never written while being read.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
