using System.Security.Claims;
using GraphApi.Features.GraphQL;
using GraphApi.Features.Orders;
using GraphApi.Features.Users;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// The contract's policies as plain functions (<see cref="ShopPolicies"/>): <c>orderReader</c> lets an order's customer,
/// partners and admins read it; <c>userReader</c> lets a user, partners and admins read the account. Anyone who is not
/// a signed-in user of this shop (no authenticated identity, or a subject that is no user ID) reads neither.
/// </summary>
public sealed class ShopPoliciesTests
{
    /// <summary>Bob's order, user 2's.</summary>
    private static readonly Order BobsOrder = new() { Id = 4, CustomerId = 2, Currency = "EUR" };

    private static readonly User Bob = new() { Id = 2, Email = "bob@example.com", DisplayName = "Bob" };

    public static TheoryData<string, string[], bool> Readers => new()
    {
        // Subject, roles, may read Bob's order and Bob's account.
        { "2", ["Customer"], true },
        { "1", ["Customer"], false },
        { "1", [], false },
        { "4", ["Partner"], true },
        { "3", ["Admin"], true },
        { "1", ["Customer", "Partner"], true },
        // Roles are matched exactly, as the token carries them: "admin" is no admin.
        { "1", ["admin"], false },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_order_is_read_by_its_customer_partners_and_admins(string subject, string[] roles, bool mayRead) =>
        Assert.Equal(mayRead, ShopPolicies.MayRead(SignedIn(subject, roles), BobsOrder));

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_account_is_read_by_its_user_partners_and_admins(string subject, string[] roles, bool mayRead) =>
        Assert.Equal(mayRead, ShopPolicies.MayRead(SignedIn(subject, roles), Bob));

    [Fact]
    public void An_anonymous_caller_reads_neither()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.False(ShopPolicies.MayRead(anonymous, BobsOrder));
        Assert.False(ShopPolicies.MayRead(anonymous, Bob));
    }

    [Fact]
    public void Claims_without_an_authenticated_identity_read_neither()
    {
        // The owner's ID and the admin role, but no authentication type: nobody vouched for them.
        var unauthenticated = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "2"), new Claim(ClaimTypes.Role, "Admin")]));

        Assert.False(ShopPolicies.MayRead(unauthenticated, BobsOrder));
        Assert.False(ShopPolicies.MayRead(unauthenticated, Bob));
    }

    [Theory]
    [InlineData("bob")]
    [InlineData("")]
    [InlineData("+2")]
    [InlineData(" 2")]
    [InlineData("2.0")]
    [InlineData("99999999999")]
    public void A_subject_that_is_no_user_id_reads_neither_whatever_its_roles(string subject)
    {
        foreach (var roles in new[] { ["Customer"], ["Partner"], new[] { "Admin" } })
        {
            var principal = SignedIn(subject, roles);

            Assert.False(ShopPolicies.MayRead(principal, BobsOrder), $"{subject} ({roles[0]}) read the order.");
            Assert.False(ShopPolicies.MayRead(principal, Bob), $"{subject} ({roles[0]}) read the account.");
        }
    }

    [Fact]
    public void A_signed_in_admin_without_a_subject_reads_neither()
    {
        var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Admin")], "Bearer"));

        Assert.False(ShopPolicies.MayRead(admin, BobsOrder));
        Assert.False(ShopPolicies.MayRead(admin, Bob));
    }

    /// <summary>A principal as the JWT handler makes one: the subject as NameIdentifier, each role as a Role claim.</summary>
    private static ClaimsPrincipal SignedIn(string subject, string[] roles) =>
        new(new ClaimsIdentity(
            roles.Select(role => new Claim(ClaimTypes.Role, role)).Prepend(new Claim(ClaimTypes.NameIdentifier, subject)),
            "Bearer"));
}
