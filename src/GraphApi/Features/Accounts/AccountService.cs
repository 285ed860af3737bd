using System.Globalization;
using System.Security.Cryptography;
using GraphApi.Authentication;
using GraphApi.Data;
using GraphApi.Features.Mutations;
using GraphApi.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Features.Accounts;

/// <summary>
/// Sign-up and sign-in with an e-mail address and a password: passwords hashed with ASP.NET Core's
/// <see cref="IPasswordHasher{TUser}"/>, accounts locked after <see cref="AccountOptions.MaxFailedSignIns"/> failures
/// in a row, and a bearer token from <see cref="JwtTokenIssuer"/> for every success.
/// </summary>
public sealed partial class AccountService
{
    private readonly IDbContextFactory<ShopDbContext> _contexts;
    private readonly IPasswordHasher<User> _hasher;
    private readonly JwtTokenIssuer _tokens;
    private readonly IOptionsMonitor<JwtBearerOptions> _jwtOptions;
    private readonly TimeProvider _clock;
    private readonly AccountOptions _options;

    // What an unknown e-mail address's password is checked against, so that it costs what a known one's does.
    private readonly Lazy<string> _dummyHash;

    public AccountService(
        IDbContextFactory<ShopDbContext> contexts,
        IPasswordHasher<User> hasher,
        JwtTokenIssuer tokens,
        IOptionsMonitor<JwtBearerOptions> jwtOptions,
        TimeProvider clock,
        IOptions<AccountOptions> options)
    {
        _contexts = contexts;
        _hasher = hasher;
        _tokens = tokens;
        _jwtOptions = jwtOptions;
        _clock = clock;
        _options = options.Value;
        _dummyHash = new Lazy<string>(() => hasher.HashPassword(DummyUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(16))));
    }

    /// <summary>
    /// Whether this server signs its own tokens (<c>Authentication:Jwt:SigningKey</c>, generated in Development).
    /// A server that only accepts an external identity provider's tokens cannot sign anyone in.
    /// </summary>
    public bool CanIssueTokens => !string.IsNullOrEmpty(_jwtOptions.Get(JwtBearerDefaults.AuthenticationScheme).SigningKey);

    private SignedIn Issue(User user)
    {
        var token = _tokens.Issue(
            user.Id.ToString(CultureInfo.InvariantCulture),
            name: user.DisplayName,
            email: user.Email,
            roles: [user.Role.ToString()]);
        return new SignedIn(user, token.AccessToken, token.ExpiresAt);
    }

    private static User DummyUser() => new() { Email = "", DisplayName = "" };
}
