namespace GraphApi.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values of errors raised while preparing and executing a request.</summary>
public static class ExecutionErrorCodes
{
    /// <summary>A resolver failed in a way not meant for the client; its message is hidden by default.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The request has no document text.</summary>
    public const string MissingQuery = "GRAPHQL_MISSING_QUERY";

    /// <summary>The operation to run cannot be chosen (spec §6.1 GetOperation).</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>A field of Non-Null type resolved to null (spec §6.4.4).</summary>
    public const string NonNullViolation = "NON_NULL_VIOLATION";

    /// <summary>A resolved value does not fit the field's type: not a list, a leaf value its scalar rejects, an unknown runtime type.</summary>
    public const string InvalidResult = "INVALID_RESULT";

    /// <summary>An argument value the schema accepts but the resolver's CLR type cannot hold (e.g. an ID that is not a GUID).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>A subscription could not be started or its source stream failed (spec §6.2.3).</summary>
    public const string SubscriptionFailed = "SUBSCRIPTION_FAILED";

    /// <summary>A field or object type requires an authenticated user, and the request has none.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The user is authenticated but lacks the roles or fails a policy that a field or object type requires.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
