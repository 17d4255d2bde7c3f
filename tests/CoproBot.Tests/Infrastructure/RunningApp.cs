using System.Diagnostics;
using System.Text;

namespace CoproBot.Tests.Infrastructure;

/// <summary>A published CoproBot running as a child process, started and stopped by a test.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _outputChanged = new(0);

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

    public int ProcessId => _process.Id;

    /// <summary>Waits until the app has written a line containing <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            await _outputChanged.WaitAsync(cancel.Token);
        }
    }

    /// <summary>Waits for the app to exit by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync(new CancellationTokenSource(timeout).Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _outputChanged.Dispose();
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

        _outputChanged.Release();

        // Microsoft.Hosting.Lifetime says this once Kestrel listens and every hosted service has started.
        if (line.Contains("Application started", StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }
}
