namespace GraphApi.Features.Users;

/// <summary>What a user may do in the shop; stored by name.</summary>
public enum UserRole
{
    /// <summary>Buys products and sees their own orders.</summary>
    Customer,

    /// <summary>Manages the whole shop.</summary>
    Admin,

    /// <summary>A supplier or reseller with access beyond a customer's.</summary>
    Partner,
}
