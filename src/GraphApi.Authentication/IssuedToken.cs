namespace GraphApi.Authentication;

/// <summary>A token issued to a user by <see cref="JwtTokenIssuer"/>, and when it stops being accepted.</summary>
public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);
