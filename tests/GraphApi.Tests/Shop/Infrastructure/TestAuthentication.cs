using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Shop.Infrastructure;

/// <summary>
/// Signs requests in from test headers (<see cref="UserIdHeader"/>, <see cref="RoleHeader"/>) with the claims the
/// shop reads (name identifier, role), standing in for the JWT handler of the authentication issue.
/// </summary>
public sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserIdHeader = "X-Test-User-Id";
    public const string RoleHeader = "X-Test-Role";

    /// <summary>The principal a signed-in <paramref name="user"/> has.</summary>
    public static ClaimsPrincipal Principal(TestUser user) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Role, user.Role),
            ],
            SchemeName));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserIdHeader, out var id) || !int.TryParse(id, out var userId))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var role = Request.Headers.TryGetValue(RoleHeader, out var roles) ? roles.ToString() : "Customer";
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(Principal(new TestUser(userId, role)), SchemeName)));
    }
}

/// <summary>A signed-in user of a test: a user ID and a role (<c>Customer</c>, <c>Admin</c>, <c>Partner</c>).</summary>
public sealed record TestUser(int Id, string Role = "Customer")
{
    public static TestUser Admin(int id) => new(id, "Admin");
}
