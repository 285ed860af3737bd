using GraphApi.Features.GraphQL.Projection;

namespace GraphApi.Features.Users.GraphQL;

/// <summary>What the fields of <c>User</c> read.</summary>
public static class UserProjections
{
    public static ProjectionMap<User> User { get; } = new ProjectionMap<User>("User", u => u.Id)
        .Field("id")
        .Field("name", u => u.DisplayName)
        .Field("email", u => u.Email)
        .Field("role", u => u.Role)
        .Field("createdAt", u => u.CreatedAt)
        .Field("orders");
}
