using System.Diagnostics;
using System.Text;

namespace CoproBot.Tests.Infrastructure;

/// <summary>A published CoproBot running as a child process, started and stopped by a test.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningApp(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet app.dll</c> in <paramref name="folder"/> and waits until the host says it has started.</summary>
    public static async Task<RunningApp> StartAsync(string folder, IReadOnlyList<string> command, IDictionary<string, string?> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new RunningApp(process);
        process.OutputDataReceived += (_, e) => app.Receive(e.Data);
        process.ErrorDataReceived += (_, e) => app.Receive(e.Data);
        process.Exited += (_, _) => app._started.TrySetException(new InvalidOperationException("The app exited before it started."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app._started.Task.WaitAsync(timeout);
        }
        catch (Exception error) when (error is TimeoutException or InvalidOperationException)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException($"The published app did not start ({error.Message}). Its output:\n{app.Output}", error);
        }

        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        // Microsoft.Hosting.Lifetime says this once Kestrel listens and every hosted service has started.
        if (line.Contains("Application started", StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }
}
