namespace GraphApi.GraphQL.Execution.Authorization;

/// <summary>The verdict of a requirement for one user at one position.</summary>
internal enum AuthorizationOutcome
{
    Allowed,

    /// <summary>The user has no authenticated identity: <c>UNAUTHENTICATED</c>.</summary>
    Unauthenticated,

    /// <summary>The user is authenticated but lacks a role or fails a policy: <c>AUTH_NOT_AUTHORIZED</c>.</summary>
    Forbidden,
}
