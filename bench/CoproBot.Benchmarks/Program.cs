using BenchmarkDotNet.Running;

namespace CoproBot.Benchmarks;

/// <summary>Runs the benchmarks named on the command line (BenchmarkDotNet's switcher).</summary>
internal static class BenchmarksProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarksProgram).Assembly).Run(args);
}
