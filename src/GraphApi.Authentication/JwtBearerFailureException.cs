namespace GraphApi.Authentication;

/// <summary>The failure of a bearer token, as <c>AuthenticateResult.Failure</c> carries it.</summary>
public sealed class JwtBearerFailureException(JwtFailure failure) : Exception(failure.Describe())
{
    public JwtFailure Failure { get; } = failure;
}
