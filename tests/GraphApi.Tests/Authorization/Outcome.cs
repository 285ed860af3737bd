namespace GraphApi.Tests.Authorization;

/// <summary>What a caller gets from a protected coordinate, as the role matrices expect it.</summary>
public enum Outcome
{
    /// <summary>The value is there and the response has no errors.</summary>
    Allowed,

    /// <summary>The contract refused an anonymous caller: an UNAUTHENTICATED error naming the coordinate, null at its path.</summary>
    Unauthenticated,

    /// <summary>The contract refused a signed-in caller: an AUTH_NOT_AUTHORIZED error naming the coordinate, null at its path.</summary>
    Forbidden,

    /// <summary>Null without any error: the SQL filtered the row out, so there was nothing to refuse.</summary>
    Hidden,
}

/// <summary>The error a refused outcome carries, exactly as the engine words it (Executor.Authorization.cs).</summary>
public static class Refusal
{
    /// <summary>The error code of <paramref name="outcome"/>, which must be a refusal.</summary>
    public static string Code(Outcome outcome) => outcome switch
    {
        Outcome.Unauthenticated => "UNAUTHENTICATED",
        Outcome.Forbidden => "AUTH_NOT_AUTHORIZED",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a refusal."),
    };

    /// <summary>
    /// The message of <paramref name="outcome"/> at <paramref name="coordinate"/>: "Type.field" names a field, a bare
    /// "Type" an object type. Asserting it proves the contract refused, not a resolver with a message of its own.
    /// </summary>
    public static string Message(Outcome outcome, string coordinate)
    {
        var subject = coordinate.Contains('.', StringComparison.Ordinal) ? $"field \"{coordinate}\"" : $"type \"{coordinate}\"";
        return outcome switch
        {
            Outcome.Unauthenticated => $"Authentication is required to access {subject}.",
            Outcome.Forbidden => $"The current user is not authorized to access {subject}.",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a refusal."),
        };
    }
}
