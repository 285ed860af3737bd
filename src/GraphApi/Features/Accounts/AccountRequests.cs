using GraphApi.Features.Users;

namespace GraphApi.Features.Accounts;

/// <summary>A new customer account, as the client typed it (the GraphQL input <c>SignUpInput</c>).</summary>
public sealed record SignUpRequest(string Email, string Password, string Name);

/// <summary>Credentials, as the client typed them (the GraphQL input <c>SignInInput</c>).</summary>
public sealed record SignInRequest(string Email, string Password);

/// <summary>A user who proved who they are, and the bearer token that now stands for them.</summary>
public sealed record SignedIn(User User, string Token, DateTimeOffset ExpiresAt);
