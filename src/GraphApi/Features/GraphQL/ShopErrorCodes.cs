using GraphApi.GraphQL.Execution;

namespace GraphApi.Features.GraphQL;

/// <summary>The <c>extensions.code</c> values of the shop's field errors.</summary>
public static class ShopErrorCodes
{
    /// <summary>The field needs a signed-in user and the request is anonymous.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The signed-in user may not use the field (e.g. a customer listing users).</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>An argument the schema accepts but the shop cannot use: a bad ID or cursor, a page too large.</summary>
    public const string BadUserInput = ExecutionErrorCodes.BadUserInput;
}
