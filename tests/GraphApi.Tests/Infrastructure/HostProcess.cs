using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace GraphApi.Tests.Infrastructure;

/// <summary>
/// The built host (<c>GraphApi.dll</c>, next to the tests) started as its own process, the way it is
/// deployed, on a port Kestrel picks; <see cref="BaseUrl"/> is read from its "Now listening on" log line.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>Starts <c>dotnet GraphApi.dll</c> with <paramref name="arguments"/> and <paramref name="environment"/>, and waits until it listens.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GraphApi.dll"));
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        // The host's own defaults, not whatever the test runner's environment says; Production refuses to
        // start without a key to verify bearer tokens with, so the process gets a throwaway one.
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["Authentication__Jwt__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        foreach (var (name, value) in TestDatabase.ForNewProcess())
        {
            psi.Environment[name] = value;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[name] = value;
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("Cannot start dotnet GraphApi.dll.");
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(line);
            }

            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(match.Groups[1].Value);
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != listening.Task)
        {
            string log;
            lock (output)
            {
                log = string.Join(Environment.NewLine, output);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            throw new InvalidOperationException($"The host did not start listening:{Environment.NewLine}{log}");
        }

        return new HostProcess(process, (await listening.Task).TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
