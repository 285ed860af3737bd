using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphApi.GraphQL.Tests.Differential;

/// <summary>One document of the differential corpus and the schema it is validated against.</summary>
public sealed record CorpusCase(string File, string Name, string Text, string SchemaName)
{
    /// <summary>Unique across the corpus; the test case name.</summary>
    public string Id => File + ": " + Name;
}

/// <summary>
/// Reads the corpus files of <c>Differential/Corpus</c>. The format (a <c>#### case: name [options]</c>
/// line starts each document) is described in <c>Corpus/README.md</c>.
/// </summary>
public static partial class CorpusReader
{
    /// <summary>The schema a case uses unless it names another: the validation harness schema.</summary>
    public const string HarnessSchemaName = "harness";

    private const string Marker = "#### case: ";

    /// <summary>Every case of every <c>*.graphql</c> file in <paramref name="directory"/>, files in ordinal name order.</summary>
    public static IReadOnlyList<CorpusCase> ReadDirectory(string directory)
    {
        var files = Directory.GetFiles(directory, "*.graphql");
        Array.Sort(files, StringComparer.Ordinal);
        var cases = new List<CorpusCase>();
        foreach (var path in files)
        {
            cases.AddRange(ReadFile(Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8)));
        }

        return cases;
    }

    /// <summary>The cases of one corpus file; throws on a malformed case line or a repeated case name.</summary>
    public static IReadOnlyList<CorpusCase> ReadFile(string fileName, string content)
    {
        // The file's own line breaks carry no meaning (a checkout may turn them into CRLF);
        // documents get theirs from the crlf/cr options.
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var cases = new List<CorpusCase>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        string? header = null;
        var body = new List<string>();

        foreach (var line in lines)
        {
            if (!line.StartsWith(Marker, StringComparison.Ordinal))
            {
                if (header is not null)
                {
                    body.Add(line);
                }

                continue;
            }

            if (header is not null)
            {
                cases.Add(BuildCase(fileName, header, body, names));
            }

            header = line[Marker.Length..];
            body.Clear();
        }

        if (header is not null)
        {
            cases.Add(BuildCase(fileName, header, body, names));
        }

        return cases;
    }

    private static CorpusCase BuildCase(string fileName, string header, List<string> body, HashSet<string> names)
    {
        var match = HeaderPattern().Match(header);
        if (!match.Success)
        {
            throw new FormatException($"{fileName}: malformed case line \"{Marker}{header}\"");
        }

        var name = match.Groups["name"].Value;
        if (!names.Add(name))
        {
            throw new FormatException($"{fileName}: the case name \"{name}\" is used twice");
        }

        int count = body.Count;
        while (count > 0 && string.IsNullOrWhiteSpace(body[count - 1]))
        {
            count--;
        }

        var options = match.Groups["options"].Success
            ? match.Groups["options"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];
        string lineBreak = "\n";
        bool escapes = false;
        bool bom = false;
        string schema = HarnessSchemaName;
        foreach (var option in options)
        {
            switch (option)
            {
                case "chars":
                    escapes = true;
                    break;
                case "crlf" or "cr" when lineBreak != "\n":
                    throw new FormatException($"{fileName}: case \"{name}\" sets the line break twice");
                case "crlf":
                    lineBreak = "\r\n";
                    break;
                case "cr":
                    lineBreak = "\r";
                    break;
                case "bom":
                    bom = true;
                    break;
                default:
                    if (!option.StartsWith("schema=", StringComparison.Ordinal) || option.Length == "schema=".Length)
                    {
                        throw new FormatException($"{fileName}: case \"{name}\" has an unknown option \"{option}\"");
                    }

                    schema = option["schema=".Length..];
                    break;
            }
        }

        // Line breaks first, so that an escaped <U+000A> stays a lone LF whatever the crlf/cr option says.
        var text = string.Join(lineBreak, body.Take(count));
        if (escapes)
        {
            text = CodePointEscape().Replace(text, m =>
                char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }

        if (bom)
        {
            text = "\uFEFF" + text;
        }

        return new CorpusCase(fileName, name, text, schema);
    }

    [GeneratedRegex(@"^(?<name>[^\[\]]*[^\[\]\s])(?: \[(?<options>[a-z0-9= -]+)\])?\s*$")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex("<U\\+([0-9A-F]{4,6})>")]
    private static partial Regex CodePointEscape();
}
