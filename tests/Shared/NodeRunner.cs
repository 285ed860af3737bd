using System.Diagnostics;

namespace GraphApi.GraphQL.Tests.Infrastructure;

/// <summary>
/// Runs Node.js scripts from <c>tests/js</c>, installing what they need first through the project's own
/// scripts: that folder's locked npm packages (<c>tests/js/install.sh</c>) and, for browser tests, Chromium
/// (<c>tests/js/install-browser.sh</c>), and for the scale-out tests RabbitMQ (<c>tests/js/install-rabbitmq.sh</c>).
/// Each setup script runs once per test run.
/// </summary>
public static class NodeRunner
{
    private static readonly SemaphoreSlim SetupLock = new(1, 1);
    private static readonly HashSet<string> CompletedSetups = [];

    public static Task EnsureInstalledAsync() => RunSetupOnceAsync("install.sh");

    /// <summary>Installs Debian's Chromium (<c>/usr/bin/chromium</c>) when it is missing.</summary>
    public static Task EnsureBrowserInstalledAsync() => RunSetupOnceAsync("install-browser.sh");

    /// <summary>Installs Debian's rabbitmq-server when it is missing and starts it unless it accepts connections on 127.0.0.1:5672.</summary>
    public static Task EnsureRabbitMqRunningAsync() => RunSetupOnceAsync("install-rabbitmq.sh");

    private static async Task RunSetupOnceAsync(string script)
    {
        await SetupLock.WaitAsync();
        try
        {
            if (!CompletedSetups.Contains(script))
            {
                var (code, output) = await RunProcessAsync("bash", [script], RepoPaths.JsFolder, stdin: null);
                if (code != 0)
                {
                    throw new InvalidOperationException($"tests/js/{script} failed:\n" + output);
                }

                CompletedSetups.Add(script);
            }
        }
        finally
        {
            SetupLock.Release();
        }
    }

    /// <summary>Runs <c>node script args</c> in <c>tests/js</c>, feeding <paramref name="stdin"/>; returns stdout, throws on failure.</summary>
    public static async Task<string> RunScriptAsync(string script, IReadOnlyList<string> args, string? stdin = null)
    {
        await EnsureInstalledAsync();
        var (code, output) = await RunProcessAsync("node", [script, .. args], RepoPaths.JsFolder, stdin);
        if (code != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {code}:\n{output}");
        }

        return output;
    }

    private static async Task<(int Code, string Output)> RunProcessAsync(string file, IReadOnlyList<string> args, string workingDirectory, string? stdin)
    {
        var psi = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + file);
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        await process.WaitForExitAsync();
        var stdout = await stdoutTask;
        var stderr = await stderrTask;
        return (process.ExitCode, process.ExitCode == 0 ? stdout : stdout + stderr);
    }
}
