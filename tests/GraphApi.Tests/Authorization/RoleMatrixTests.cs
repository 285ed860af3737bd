using System.Net;
using System.Text.Json;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// The role matrix (<see cref="RoleMatrix"/>) over real HTTP with real bearer tokens: each protected query, mutation
/// and object type of the contract, asked by each kind of caller, answers as the matrix says, and no request changes
/// the shop.
/// </summary>
public sealed class RoleMatrixTests(RoleMatrixShop shop) : IClassFixture<RoleMatrixShop>
{
    public static TheoryData<string, Caller, Outcome> Rows => RoleMatrix.Rows;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task A_protected_coordinate_answers_each_caller_as_the_matrix_says(string probe, Caller caller, Outcome outcome)
    {
        var row = RoleMatrix.Named(probe);
        var before = shop.Fingerprint();

        var response = await shop.AskAsync(caller, row.Query, row.Variables);

        Assert.True(response.Status == HttpStatusCode.OK, $"HTTP {(int)response.Status}: {response.Body}");
        var json = response.Json;
        var value = ValueAt(json.GetProperty("data"), row.Path);
        var errors = json.TryGetProperty("errors", out var list) ? list.EnumerateArray().ToList() : [];
        switch (outcome)
        {
            case Outcome.Allowed:
                Assert.True(errors.Count == 0, "Unexpected errors: " + response.Body);
                Assert.True(value is not null, $"Expected a value at {Describe(row.Path)}: {response.Body}");
                row.CheckAllowed(value.Value, caller);
                break;
            case Outcome.Hidden:
                Assert.True(errors.Count == 0, "A hidden row must not be announced by an error: " + response.Body);
                Assert.True(value is null, $"Expected null at {Describe(row.Path)}: {response.Body}");
                break;
            default:
                Assert.True(value is null, $"Expected null at {Describe(row.Path)}: {response.Body}");
                var error = Assert.Single(errors);
                Assert.Equal(Refusal.Message(outcome, row.Coordinate), error.GetProperty("message").GetString());
                Assert.Equal(Refusal.Code(outcome), error.GetProperty("extensions").GetProperty("code").GetString());
                Assert.Equal(Describe(row.Path), JsonSerializer.Serialize(error.GetProperty("path")));
                break;
        }

        Assert.Equal(before, shop.Fingerprint());
    }

    /// <summary>
    /// The value at <paramref name="path"/>; null when it, or a position above it, is null (a refused non-null field
    /// nulls its parent, e.g. the whole <c>data</c> for <c>Query.orders</c>).
    /// </summary>
    private static JsonElement? ValueAt(JsonElement data, object[] path)
    {
        var at = data;
        foreach (var step in path)
        {
            if (at.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            at = step is int index ? at[index] : at.GetProperty((string)step);
        }

        return at.ValueKind == JsonValueKind.Null ? null : at;
    }

    /// <summary>A path as a response's <c>path</c> writes it, e.g. <c>["me","orders"]</c>.</summary>
    private static string Describe(object[] path) => JsonSerializer.Serialize(path);
}
