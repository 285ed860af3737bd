namespace GraphApi.Authentication.Keys;

/// <summary>The keys a token may be verified with, and the authority's issuer (accepted in <c>iss</c>) when there is one.</summary>
internal sealed record JwtKeySet(IReadOnlyList<JwtSigningKey> Keys, string? AuthorityIssuer = null);
