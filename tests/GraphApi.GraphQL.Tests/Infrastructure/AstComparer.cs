using System.Collections;
using System.Reflection;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Infrastructure;

/// <summary>
/// Structural equality of AST nodes that ignores where they came from (locations and source): two trees
/// are equal when they have the same node types and the same values, recursively. Reads each node type's
/// public properties, so a property added to the AST is compared without touching this class.
/// </summary>
public static class AstComparer
{
    /// <summary>Fails the test with the path of the first difference, e.g. <c>Definitions[0].SelectionSet.Selections[1].Name.Value</c>.</summary>
    public static void AssertEqual(SyntaxNode expected, SyntaxNode actual)
    {
        var difference = FindDifference(expected, actual);
        if (difference is not null)
        {
            Assert.Fail("The ASTs differ at " + difference);
        }
    }

    /// <summary>The path and values of the first difference, or null when the trees are equal.</summary>
    public static string? FindDifference(SyntaxNode expected, SyntaxNode actual) => Compare(expected, actual, expected.Kind.ToString());

    private static string? Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)} but was {Show(actual)}";
        }

        if (expected is SyntaxNode)
        {
            if (expected.GetType() != actual.GetType())
            {
                return $"{path}: expected {expected.GetType().Name} but was {actual.GetType().Name}";
            }

            foreach (var property in ComparedProperties(expected.GetType()))
            {
                var difference = Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        // Lists compare by items only: which collection type holds them is the parser's business.
        if (expected is IEnumerable expectedItems and not string && actual is IEnumerable actualItems and not string)
        {
            var expectedList = expectedItems.Cast<object?>().ToList();
            var actualList = actualItems.Cast<object?>().ToList();
            if (expectedList.Count != actualList.Count)
            {
                return $"{path}: expected {expectedList.Count} items but was {actualList.Count}";
            }

            for (var i = 0; i < expectedList.Count; i++)
            {
                var difference = Compare(expectedList[i], actualList[i], $"{path}[{i}]");
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        return Equals(expected, actual) ? null : $"{path}: expected {Show(expected)} but was {Show(actual)}";
    }

    private static IEnumerable<PropertyInfo> ComparedProperties(Type nodeType) =>
        nodeType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0
                && p.Name is not nameof(SyntaxNode.Location) and not nameof(DocumentNode.Source))
            .OrderBy(p => p.MetadataToken);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        SyntaxNode node => node.Kind.ToString(),
        _ => value.ToString() ?? string.Empty,
    };
}
