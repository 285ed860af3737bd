using GraphApi.Features.Mutations;
using GraphApi.Features.Users;

namespace GraphApi.Features.Accounts;

/// <summary>The GraphQL type <c>SignUpPayload</c>: the new account signed in, or the errors.</summary>
public sealed record SignUpPayload(User? User, string? Token, DateTimeOffset? ExpiresAt, IReadOnlyList<MutationError> Errors)
{
    public static SignUpPayload From(MutationResult<SignedIn> result) =>
        result.Value is { } signedIn && result.Succeeded
            ? new(signedIn.User, signedIn.Token, signedIn.ExpiresAt, [])
            : new(null, null, null, result.Errors);
}

/// <summary>The GraphQL type <c>SignInPayload</c>: the token and its user, or the errors.</summary>
public sealed record SignInPayload(string? Token, DateTimeOffset? ExpiresAt, User? User, IReadOnlyList<MutationError> Errors)
{
    public static SignInPayload From(MutationResult<SignedIn> result) =>
        result.Value is { } signedIn && result.Succeeded
            ? new(signedIn.Token, signedIn.ExpiresAt, signedIn.User, [])
            : new(null, null, null, result.Errors);
}
