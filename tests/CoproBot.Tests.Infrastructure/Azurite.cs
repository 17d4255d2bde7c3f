using System.Diagnostics;

namespace CoproBot.Tests.Infrastructure;

/// <summary>A real Azurite table service on a free loopback port, started by the test and stopped after it.</summary>
/// <remarks>It keeps its data in a folder of its own, so it can be stopped and started again over the same data.</remarks>
public sealed class Azurite : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _location;
    private Process? _process;
    private TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Azurite(int port, string location)
    {
        Port = port;
        _location = location;
    }

    public int Port { get; }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + $"TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<Azurite> StartAsync()
    {
        var location = Directory.CreateTempSubdirectory("azurite-").FullName;
        var azurite = new Azurite(FreePort.Next(), location);
        await azurite.StartAgainAsync();
        return azurite;
    }

    /// <summary>Starts the service (again) on the same port and data.</summary>
    public async Task StartAgainAsync()
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        var start = new ProcessStartInfo(NodeTool.Path("azurite-table"))
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", _location, "--skipApiVersionCheck" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var closed = _closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("successfully started", StringComparison.OrdinalIgnoreCase) == true)
            {
                listening.TrySetResult();
            }

            if (e.Data?.Contains("successfully closed", StringComparison.OrdinalIgnoreCase) == true)
            {
                closed.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        _process.Exited += (_, _) =>
        {
            // The output handlers may still be writing: read what they wrote under the same lock.
            string written;
            lock (output)
            {
                written = output.ToString();
            }

            listening.TrySetException(new InvalidOperationException("Azurite exited while starting: " + written));
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        try
        {
            await listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Azurite did not listen on port {Port} within {StartTimeout.TotalSeconds} s: {output}");
        }
    }

    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            // An interrupt (as Ctrl+C) lets Azurite write its data to disk, so it can start again over the same data.
            // It reports when it has closed, but its process lingers after that, so it is ended once closed.
            Signals.Send(_process.Id, Signals.Interrupt);
            try
            {
                await Task.WhenAny(_closed.Task, _process.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(15));
            }
            catch (TimeoutException)
            {
                // Not closed in time: ended all the same, as a crashed storage service would be.
            }

            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the next run uses a new one.
        }
    }
}
