using BenchmarkDotNet.Running;

namespace CoproBot.Benchmarks;

// A named entry point: the bot's own Program (a global type of the referenced host) would clash with a top-level one.
internal static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
