using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace GraphApi.Tests.Subscriptions;

/// <summary>
/// A Node.js client script of <c>tests/js</c> (<c>ws-client.mjs</c>, <c>sse-client.mjs</c>) running as a
/// process: commands go to its stdin as JSON lines, the events it prints come back as JSON lines. Disposing
/// closes its stdin, which ends it, and kills it if it lingers.
/// </summary>
public sealed class NodeClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<JsonElement> _unread = [];
    private readonly List<string> _transcript = [];
    private readonly StringBuilder _stderr = new();
    private readonly Task _reading;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NodeClient(Process process)
    {
        _process = process;
        _reading = ReadEventsAsync();
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        _process.BeginErrorReadLine();
    }

    public static async Task<NodeClient> StartAsync(string script, string url)
    {
        await NodeRunner.EnsureInstalledAsync();
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.JsFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(url);
        return new NodeClient(Process.Start(psi) ?? throw new InvalidOperationException("Cannot start node " + script));
    }

    public async Task SendAsync(object command)
    {
        await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(command));
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>
    /// The first event not taken yet named <paramref name="name"/> (and for operation <paramref name="id"/>),
    /// waiting for it if need be; events of other names or ids stay for later calls.
    /// </summary>
    public async Task<JsonElement> TakeAsync(string name, string? id = null)
    {
        var deadline = DateTime.UtcNow + SubscriptionHost.Patience;
        while (true)
        {
            Task arrived;
            lock (_unread)
            {
                int index = _unread.FindIndex(e => Matches(e, name, id));
                if (index >= 0)
                {
                    var found = _unread[index];
                    _unread.RemoveAt(index);
                    return found;
                }

                arrived = _arrived.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero || await Task.WhenAny(arrived, Task.Delay(remaining)) != arrived)
            {
                Assert.Fail($"No \"{name}\" event{(id is null ? "" : $" for {id}")} within {SubscriptionHost.Patience.TotalSeconds} s.\n{Transcript()}");
            }
        }
    }

    /// <summary>Whether an event named <paramref name="name"/> for <paramref name="id"/> arrived and is not taken yet.</summary>
    public bool Has(string name, string? id = null)
    {
        lock (_unread)
        {
            return _unread.Exists(e => Matches(e, name, id));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It has already exited.
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _reading;
        _process.Dispose();
    }

    private static bool Matches(JsonElement e, string name, string? id) =>
        e.GetProperty("event").GetString() == name
        && (id is null || (e.TryGetProperty("id", out var value) && value.GetString() == id));

    private async Task ReadEventsAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            lock (_unread)
            {
                _transcript.Add(line);
                if (line.StartsWith('{'))
                {
                    _unread.Add(JsonDocument.Parse(line).RootElement.Clone());
                }

                var arrived = _arrived;
                _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                arrived.SetResult();
            }
        }
    }

    private string Transcript()
    {
        lock (_unread)
        {
            lock (_stderr)
            {
                return "stdout:\n" + string.Join('\n', _transcript) + "\nstderr:\n" + _stderr;
            }
        }
    }
}
