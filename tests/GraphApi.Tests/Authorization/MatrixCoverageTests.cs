using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// The role matrices against the contract: they cover exactly the coordinates that carry <c>@authorize</c> in
/// schema/schema.graphql, each for every kind of caller. A newly protected field without rows fails here, and so does
/// a row left behind for a field whose directive was removed.
/// </summary>
public sealed class MatrixCoverageTests
{
    private static readonly Caller[] EveryCaller = Enum.GetValues<Caller>();

    [Fact]
    public void The_matrices_cover_exactly_the_coordinates_the_contract_protects()
    {
        var schema = SchemaBuilder.Build(File.ReadAllText(RepoPaths.Combine("schema", "schema.graphql")));
        var protectedCoordinates = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in schema.Types)
        {
            if (Authorizes(type.AppliedDirectives))
            {
                protectedCoordinates.Add(type.Name);
            }

            if (type is FieldsType withFields)
            {
                foreach (var field in withFields.Fields.Where(f => Authorizes(f.AppliedDirectives)))
                {
                    protectedCoordinates.Add($"{type.Name}.{field.Name}");
                }
            }
        }

        var covered = new SortedSet<string>(RoleMatrix.Coordinates.Concat(SubscriptionRoleMatrixTests.Coordinates), StringComparer.Ordinal);

        // Both ways, so that a failure names what is missing rather than only that the sets differ.
        Assert.Empty(protectedCoordinates.Except(covered));
        Assert.Empty(covered.Except(protectedCoordinates));
    }

    [Fact]
    public void Each_coordinate_of_the_http_matrix_has_a_row_for_every_kind_of_caller()
    {
        foreach (var coordinate in RoleMatrix.Coordinates)
        {
            var callers = RoleMatrix.Probes.Where(p => p.Coordinate == coordinate).SelectMany(p => p.Expected.Keys).ToHashSet();
            Assert.True(callers.SetEquals(EveryCaller), $"{coordinate} has rows for {string.Join(", ", callers)} only.");
        }
    }

    [Fact]
    public void Each_coordinate_of_the_subscription_matrix_has_a_row_for_every_kind_of_caller()
    {
        var rows = SubscriptionRoleMatrixTests.Rows.Select(row => ((string)row[0], (Caller)row[1])).ToList();
        foreach (var coordinate in SubscriptionRoleMatrixTests.Coordinates)
        {
            var callers = rows.Where(r => r.Item1 == coordinate).Select(r => r.Item2).ToList();
            Assert.Equal(EveryCaller, callers.Order());
        }
    }

    private static bool Authorizes(IReadOnlyList<DirectiveNode> directives) => directives.Any(d => d.Name.Value == "authorize");
}
