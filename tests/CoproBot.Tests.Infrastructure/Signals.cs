using System.Runtime.InteropServices;

namespace CoproBot.Tests.Infrastructure;

/// <summary>Sends Unix signals to child processes, as a container runtime or Ctrl+C would.</summary>
public static partial class Signals
{
    public const int Interrupt = 2;
    public const int Kill = 9;
    public const int Terminate = 15;

    public static void Send(int processId, int signal)
    {
        if (SendSignal(processId, signal) != 0)
        {
            throw new InvalidOperationException($"Signal {signal} could not be sent to process {processId} (error {Marshal.GetLastPInvokeError()}).");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
