namespace CoproBot.LoadBench;

/// <summary>A running bot the load is driven against.</summary>
public interface IBotUnderTest : IAsyncDisposable
{
    string MessagesUrl { get; }
}
