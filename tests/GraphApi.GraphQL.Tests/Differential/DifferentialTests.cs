using System.Reflection;
using System.Text;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Tests.Infrastructure;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Tests.Differential;

/// <summary>
/// Our parser, validator and printer against graphql-js 17.1.0 over the corpus of <c>Corpus/</c>: same
/// verdict, same error locations, same printed document (see <c>README.md</c> in this folder).
/// </summary>
public sealed class DifferentialTests
{
    private const int MinimumCorpusSize = 600;

    private static readonly string Folder = RepoPaths.Combine("tests", "GraphApi.GraphQL.Tests", "Differential");

    private static readonly Lazy<IReadOnlyList<CorpusCase>> Corpus =
        new(() => CorpusReader.ReadDirectory(Path.Combine(Folder, "Corpus")));

    private static readonly Lazy<IReadOnlyDictionary<string, string>> SchemaSources = new(ReadSchemaSources);

    private static readonly Lazy<IReadOnlyDictionary<string, Schema>> Schemas =
        new(() => SchemaSources.Value.ToDictionary(p => p.Key, p => SchemaBuilder.Build(p.Value), StringComparer.Ordinal));

    // graphql-js starts once for the whole corpus, not once per case.
    private static readonly Lazy<Task<IReadOnlyDictionary<string, ReferenceResult>>> Reference =
        new(() => ReferenceRun.RunAsync(Corpus.Value, SchemaSources.Value));

    // Two parameters rather than the case id: xunit cuts each shown argument at 50 characters.
    public static TheoryData<string, string> CaseNames()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Corpus.Value)
        {
            data.Add(c.File, c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Case(string file, string name)
    {
        var corpusCase = Corpus.Value.Single(c => c.File == file && c.Name == name);
        var reference = (await Reference.Value)[corpusCase.Id];
        var ours = Run(corpusCase);

        var problems = new List<string>();
        if (ours.Verdict != reference.Verdict)
        {
            problems.Add($"verdict: graphql-js says {reference.Verdict}, we say {ours.Verdict}");
        }
        else if (!LocationKeys(reference).SequenceEqual(LocationKeys(ours)))
        {
            problems.Add("error locations differ");
        }

        if (reference.Printed is not null && ours.Printed is not null && reference.Printed != ours.Printed)
        {
            problems.Add("printed documents differ");
        }

        if (ours.Crash is not null)
        {
            problems.Add("our side threw");
        }

        if (problems.Count > 0)
        {
            Assert.Fail(Describe(corpusCase, problems, reference, ours));
        }
    }

    [Fact]
    public void Corpus_is_large_enough()
    {
        Assert.True(
            Corpus.Value.Count >= MinimumCorpusSize,
            $"the corpus has {Corpus.Value.Count} documents, fewer than {MinimumCorpusSize}");
    }

    [Fact]
    public void Every_case_names_a_known_schema()
    {
        var unknown = Corpus.Value.Where(c => !SchemaSources.Value.ContainsKey(c.SchemaName)).Select(c => c.Id).ToList();
        Assert.True(unknown.Count == 0, "cases naming a schema that Schemas/ does not hold: " + string.Join(", ", unknown));
    }

    /// <summary>
    /// graphql-js's errors do not say which rule reported them, so rule coverage is checked on our side:
    /// every rule must report at least once over the corpus (its <c>specifiedBy</c> anchor shows which).
    /// </summary>
    [Fact]
    public void Every_rule_reports_an_error_somewhere()
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var corpusCase in Corpus.Value)
        {
            foreach (var error in Run(corpusCase).Errors)
            {
                if (error.Extensions is not null && error.Extensions.TryGetValue("specifiedBy", out var url) && url is string s)
                {
                    anchors.Add(s[(s.IndexOf("#sec-", StringComparison.Ordinal) + "#sec-".Length)..]);
                }
            }
        }

        var silent = SpecifiedRules.All.RuleTypes
            .Where(rule => !anchors.Contains(SpecAnchorOf(rule)))
            .Select(rule => rule.Name)
            .ToList();
        Assert.True(silent.Count == 0, "rules that report no error anywhere in the corpus: " + string.Join(", ", silent));
    }

    private sealed record OurResult(string Verdict, IReadOnlyList<GraphQLError> Errors, string? Printed, string? Crash = null);

    private static OurResult Run(CorpusCase corpusCase)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(corpusCase.Text);
        }
        catch (GraphQLSyntaxException e)
        {
            return new OurResult("syntax", [e.Error], null);
        }
        catch (Exception e)
        {
            return new OurResult("crash", [], null, "Parser.Parse threw " + e);
        }

        var schema = Schemas.Value[corpusCase.SchemaName];
        IReadOnlyList<GraphQLError> errors;
        try
        {
            errors = DocumentValidator.Validate(schema, document);
        }
        catch (Exception e)
        {
            return new OurResult("crash", [], null, "DocumentValidator.Validate threw " + e);
        }

        var verdict = errors.Count == 0 ? "valid" : "invalid";
        try
        {
            return new OurResult(verdict, errors, Printer.Print(document));
        }
        catch (Exception e)
        {
            return new OurResult(verdict, errors, null, "Printer.Print threw " + e);
        }
    }

    /// <summary>One key per error: its locations sorted; the keys sorted. Order carries no meaning in the spec.</summary>
    private static IEnumerable<string> LocationKeys(ReferenceResult result) =>
        Keys(result.Errors.Select(e => e.Locations.Select(l => (l[0], l[1]))));

    private static IEnumerable<string> LocationKeys(OurResult result) =>
        Keys(result.Errors.Select(e => e.Locations.Select(l => (l.Line, l.Column))));

    private static IEnumerable<string> Keys(IEnumerable<IEnumerable<(int Line, int Column)>> errors) =>
        errors
            .Select(locations => string.Join(" ", locations.OrderBy(l => l.Line).ThenBy(l => l.Column).Select(l => $"{l.Line}:{l.Column}")))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Describe(CorpusCase corpusCase, List<string> problems, ReferenceResult reference, OurResult ours)
    {
        var text = new StringBuilder();
        text.Append(corpusCase.Id).Append(": ").AppendJoin("; ", problems).AppendLine();
        text.AppendLine("--- document ---").AppendLine(Visible(corpusCase.Text));
        text.Append("--- graphql-js: ").Append(reference.Verdict).AppendLine(" ---");
        foreach (var e in reference.Errors)
        {
            text.Append("  ").Append(e.Message).Append(" @ ").AppendJoin(", ", e.Locations.Select(l => $"{l[0]}:{l[1]}")).AppendLine();
        }

        text.Append("--- ours: ").Append(ours.Verdict).AppendLine(" ---");
        foreach (var e in ours.Errors)
        {
            text.Append("  ").Append(e.Message).Append(" @ ").AppendJoin(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}")).AppendLine();
        }

        if (ours.Crash is not null)
        {
            text.AppendLine(ours.Crash);
        }

        if (reference.Printed is not null && ours.Printed is not null && reference.Printed != ours.Printed)
        {
            text.AppendLine("--- printed by graphql-js ---").AppendLine(reference.Printed);
            text.AppendLine("--- printed by us ---").AppendLine(ours.Printed);
        }

        return text.ToString();
    }

    /// <summary>The document as text a terminal shows faithfully: invisible characters as <c>&lt;U+XXXX&gt;</c>.</summary>
    private static string Visible(string text)
    {
        var visible = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            bool invisible = rune.Value is < 0x20 and not ('\n' or '\t') || rune.Value is 0x7F or 0xFEFF or 0xA0;
            if (invisible)
            {
                visible.Append($"<U+{rune.Value:X4}>");
            }
            else
            {
                visible.Append(rune.ToString());
            }
        }

        return visible.ToString();
    }

    private static string SpecAnchorOf(Type rule) =>
        rule.GetField("SpecAnchor", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
        ?? throw new InvalidOperationException(rule.Name + " has no public const SpecAnchor");

    private static Dictionary<string, string> ReadSchemaSources()
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CorpusReader.HarnessSchemaName] = File.ReadAllText(
                RepoPaths.Combine("tests", "GraphApi.GraphQL.Tests", "Validation", "harness.graphql"), Encoding.UTF8),
        };
        foreach (var path in Directory.GetFiles(Path.Combine(Folder, "Schemas"), "*.graphql"))
        {
            sources.Add(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path, Encoding.UTF8));
        }

        return sources;
    }
}
