namespace GraphApi.Tests.Authorization;

/// <summary>The kinds of caller the role matrices try every protected coordinate with.</summary>
public enum Caller
{
    /// <summary>No token at all.</summary>
    Anonymous,

    /// <summary>A token with the role claim <c>Customer</c>.</summary>
    Customer,

    /// <summary>A token with the role claim <c>Partner</c>.</summary>
    Partner,

    /// <summary>A token with the role claim <c>Admin</c>.</summary>
    Admin,
}
