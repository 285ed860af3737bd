using System.Diagnostics;

namespace GraphApi.GraphQL.Tests.Infrastructure;

/// <summary>
/// Runs Node.js scripts from <c>tests/js</c>, installing that folder's locked npm packages first through
/// the project's own script (<c>tests/js/install.sh</c>) if they are not there yet.
/// </summary>
public static class NodeRunner
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool _installed;

    public static async Task EnsureInstalledAsync()
    {
        if (_installed)
        {
            return;
        }

        await InstallLock.WaitAsync();
        try
        {
            if (!_installed)
            {
                var (code, output) = await RunProcessAsync("bash", ["install.sh"], RepoPaths.JsFolder, stdin: null);
                if (code != 0)
                {
                    throw new InvalidOperationException("tests/js/install.sh failed:\n" + output);
                }

                _installed = true;
            }
        }
        finally
        {
            InstallLock.Release();
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
