using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace GraphApi.GraphQL.Tests.Infrastructure;

/// <summary>
/// Compares a large output with a reviewed file kept next to the test. On a mismatch (or when there is no file yet)
/// the output is written beside it as <c>name.received.ext</c> (git-ignored) and the test fails: review that file
/// and, if it is right, rename it over the expected one. A match deletes a stale received file.
/// </summary>
public static class Snapshot
{
    /// <param name="actual">The output; line endings are normalised to <c>\n</c>.</param>
    /// <param name="fileName">The expected file's name, e.g. <c>Schema.md</c>, in the calling test's folder.</param>
    /// <param name="testFile">Filled in by the compiler: the calling test's source file.</param>
    public static void Match(string actual, string fileName, [CallerFilePath] string testFile = "")
    {
        var folder = Path.GetDirectoryName(testFile)
            ?? throw new InvalidOperationException($"No folder in the caller's path \"{testFile}\".");
        var expectedPath = Path.Combine(folder, fileName);
        var receivedPath = Path.Combine(
            folder, Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));

        actual = Normalize(actual);
        var expected = File.Exists(expectedPath) ? Normalize(File.ReadAllText(expectedPath)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {expectedPath} yet. Review {receivedPath} and rename it to {fileName}."
            : $"The output differs from {expectedPath} {FirstDifference(expected, actual)}. "
              + $"Review {receivedPath} and, if it is right, rename it to {fileName}.");
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n");

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (e != a)
            {
                return $"from line {i + 1}: expected \"{e}\", got \"{a}\"";
            }
        }

        throw new UnreachableException("Two different texts have a differing line.");
    }
}
