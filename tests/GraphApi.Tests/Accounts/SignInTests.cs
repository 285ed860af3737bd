using System.Net;
using System.Text.Json;
using GraphApi.Data;
using GraphApi.Data.Seeding;
using GraphApi.Features.Accounts;
using GraphApi.Features.Users;
using GraphApi.Tests.Authentication.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Accounts;

/// <summary>Mutation.signIn over HTTP, on a database of each test's own; the tokens it issues, checked by the server and by jose.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private const string MeQuery = "{ me { email role } }";

    private readonly CountingHasher _hasher = new();
    private AccountsHost _host;

    public SignInTests()
    {
        _host = new AccountsHost(services => services.AddSingleton<IPasswordHasher<User>>(_hasher));
    }

    public Task InitializeAsync()
    {
        _host.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    // The README gives the demo users' ids, for tokens minted by hand.
    [Theory]
    [InlineData(DemoUsers.CustomerEmail, "CUSTOMER", 1)]
    [InlineData(DemoUsers.AdminEmail, "ADMIN", 2)]
    [InlineData(DemoUsers.PartnerEmail, "PARTNER", 3)]
    public async Task Each_demo_user_signs_in_with_the_documented_password(string email, string role, int id)
    {
        Assert.Equal(id, (await _host.FindUserAsync(email))!.Id);

        var payload = await _host.SignInAsync(email, DemoUsers.DefaultPassword);

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(role, payload.GetProperty("user").GetProperty("role").GetString());
        var me = await _host.PostAsync(MeQuery, token: payload.GetProperty("token").GetString());
        Assert.Equal($$$"""{"me":{"email":"{{{email}}}","role":"{{{role}}}"}}""", JsonSerializer.Serialize(me.Json.GetProperty("data")));
    }

    [Fact]
    public async Task Jose_verifies_the_token_whose_claims_name_the_user_and_the_role()
    {
        var payload = await _host.SignInAsync(DemoUsers.AdminEmail, DemoUsers.DefaultPassword);
        var admin = await _host.FindUserAsync(DemoUsers.AdminEmail);

        string output = await NodeRunner.RunScriptAsync("verify-token.mjs", [], JsonSerializer.Serialize(new
        {
            token = payload.GetProperty("token").GetString(),
            key = TestKeys.HmacSecret,
            issuer = "GraphApi",
            audience = "GraphApi",
            currentDate = _host.Clock.GetUtcNow().AddMinutes(59).ToString("O"),
        }));

        var claims = JsonDocument.Parse(output).RootElement.GetProperty("payload");
        Assert.Equal(admin!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), claims.GetProperty("sub").GetString());
        Assert.Equal("Demo Admin", claims.GetProperty("name").GetString());
        Assert.Equal(DemoUsers.AdminEmail, claims.GetProperty("email").GetString());
        Assert.Equal(["Admin"], claims.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(_host.Clock.Seconds + 3600, claims.GetProperty("exp").GetInt64());
        Assert.Equal("2030-01-01T01:00:00.000Z", payload.GetProperty("expiresAt").GetString());
    }

    [Fact]
    public async Task The_token_lifetime_is_configurable_and_an_expired_token_is_refused()
    {
        await _host.DisposeAsync();
        _host = new AccountsHost(("Authentication:Jwt:TokenLifetime", "00:10:00")).Start();

        var payload = await _host.SignInAsync(DemoUsers.CustomerEmail, DemoUsers.DefaultPassword);
        Assert.Equal("2030-01-01T00:10:00.000Z", payload.GetProperty("expiresAt").GetString());
        string token = payload.GetProperty("token").GetString()!;

        _host.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(MeQuery, token: token)).Status);

        // Past the lifetime and the authentication's clock skew (60 s).
        _host.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(MeQuery, token: token)).Status);
    }

    [Fact]
    public async Task A_wrong_password_an_unknown_address_and_an_account_without_password_get_the_same_answer()
    {
        string? passwordless;
        await using (var db = await _host.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync())
        {
            passwordless = await db.Users.Where(u => u.PasswordHash == null).Select(u => u.Email).FirstAsync();
        }

        var wrongPassword = await _host.SignInAsync(DemoUsers.CustomerEmail, "not the password");
        var unknownAddress = await _host.SignInAsync("nobody@graphapi.dev", "not the password");
        var noPassword = await _host.SignInAsync(passwordless, "not the password");

        const string Expected = """
            {"token":null,"expiresAt":null,"user":null,"errors":[{"__typename":"InvalidCredentialsError","message":"The e-mail address or the password is wrong."}]}
            """;
        Assert.Equal(Expected, JsonSerializer.Serialize(wrongPassword));
        Assert.Equal(Expected, JsonSerializer.Serialize(unknownAddress));
        Assert.Equal(Expected, JsonSerializer.Serialize(noPassword));
    }

    [Fact]
    public async Task An_unknown_address_costs_a_password_check_like_a_known_one()
    {
        await _host.SignInAsync(DemoUsers.CustomerEmail, "not the password");
        Assert.Equal(1, _hasher.Verifications);

        await _host.SignInAsync("nobody@graphapi.dev", "not the password");
        Assert.Equal(2, _hasher.Verifications);
    }

    [Fact]
    public async Task The_fifth_failure_locks_the_account_until_the_time_it_names()
    {
        for (int i = 0; i < 4; i++)
        {
            await _host.SignInAsync(DemoUsers.PartnerEmail, "not the password");
        }

        const string Locked = """
            [{"__typename":"AccountLockedError","message":"The account is locked after too many failed sign-ins; try again after 2030-01-01T00:15:00Z.","lockedUntil":"2030-01-01T00:15:00.000Z"}]
            """;
        Assert.Equal(Locked, JsonSerializer.Serialize((await _host.SignInAsync(DemoUsers.PartnerEmail, "not the password")).GetProperty("errors")));
        Assert.Equal(Locked, JsonSerializer.Serialize((await _host.SignInAsync(DemoUsers.PartnerEmail, DemoUsers.DefaultPassword)).GetProperty("errors")));

        _host.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Empty((await _host.SignInAsync(DemoUsers.PartnerEmail, DemoUsers.DefaultPassword)).GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task An_outdated_password_hash_is_replaced_at_sign_in()
    {
        var identityV2 = new PasswordHasher<User>(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));
        await using (var db = await _host.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync())
        {
            var customer = await db.Users.SingleAsync(u => u.Email == DemoUsers.CustomerEmail);
            customer.PasswordHash = identityV2.HashPassword(customer, DemoUsers.DefaultPassword);
            await db.SaveChangesAsync();
        }

        Assert.Empty((await _host.SignInAsync(DemoUsers.CustomerEmail, DemoUsers.DefaultPassword)).GetProperty("errors").EnumerateArray());

        var user = (await _host.FindUserAsync(DemoUsers.CustomerEmail))!;
        Assert.Equal(0x01, Convert.FromBase64String(user.PasswordHash!)[0]); // the format marker of Identity V3 hashes
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<User>().VerifyHashedPassword(user, user.PasswordHash!, DemoUsers.DefaultPassword));
        Assert.Empty((await _host.SignInAsync(DemoUsers.CustomerEmail, DemoUsers.DefaultPassword)).GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Attempts_beyond_the_limit_of_an_address_are_refused_and_change_nothing()
    {
        await _host.DisposeAsync();
        _host = new AccountsHost(("Accounts:AttemptRateLimit:PermitLimit", "3"), ("Accounts:AttemptRateLimit:Window", "00:10:00")).Start();

        await _host.SignInAsync(DemoUsers.CustomerEmail, "not the password");
        await _host.SignInAsync(DemoUsers.CustomerEmail, "not the password");
        Assert.Empty((await _host.SignUpAsync("new@example.com", "good password", "New")).GetProperty("errors").EnumerateArray());
        var before = _host.Fingerprint();

        var signIn = await _host.SignInAsync(DemoUsers.CustomerEmail, DemoUsers.DefaultPassword);
        var signUp = await _host.SignUpAsync("newer@example.com", "good password", "Newer");

        foreach (var payload in (JsonElement[])[signIn, signUp])
        {
            var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
            Assert.Equal("TooManyAttemptsError", error.GetProperty("__typename").GetString());
            int seconds = error.GetProperty("retryAfterSeconds").GetInt32();
            Assert.InRange(seconds, 1, 600);
            Assert.Equal($"Too many sign-up and sign-in attempts from this address; try again in {seconds} seconds.", error.GetProperty("message").GetString());
        }

        Assert.Equal(before, _host.Fingerprint());
        Assert.Equal(2, (await _host.FindUserAsync(DemoUsers.CustomerEmail))!.AccessFailedCount);
    }

    [Fact]
    public async Task A_server_that_signs_no_tokens_answers_with_SIGN_IN_UNAVAILABLE()
    {
        await _host.DisposeAsync();
        _host = new AccountsHost(("Authentication:Jwt:SigningKey", ""), ("Authentication:Jwt:PublicKeys:0:Pem", (await TestKeys.Rsa).PublicKeyPem)).Start();

        var response = await _host.PostAsync(
            $$"""mutation { signIn(input: { email: "{{DemoUsers.CustomerEmail}}", password: "{{DemoUsers.DefaultPassword}}" }) { token } }""");

        Assert.Equal(AccountsSchema.SignInUnavailableCode, response.FirstErrorCode);
        Assert.Equal(["This server does not sign users in: it accepts the tokens of an external identity provider."], response.ErrorMessages);
        Assert.Equal(0, (await _host.FindUserAsync(DemoUsers.CustomerEmail))!.AccessFailedCount);
    }

    [Theory]
    [InlineData("Accounts:MaxFailedSignIns", "0", "Accounts:MaxFailedSignIns must be at least 1, not 0.")]
    [InlineData("Accounts:LockoutDuration", "00:00:00", "Accounts:LockoutDuration must be positive, not 00:00:00.")]
    [InlineData("Accounts:AttemptRateLimit:PermitLimit", "-1", "Accounts:AttemptRateLimit:PermitLimit must not be negative (0 turns the limit off), not -1.")]
    [InlineData("Accounts:AttemptRateLimit:Window", "-00:01:00", "Accounts:AttemptRateLimit:Window must be positive, not -00:01:00.")]
    public async Task Settings_that_make_no_sense_stop_the_server(string key, string value, string message)
    {
        await _host.DisposeAsync();
        _host = new AccountsHost((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => _host.Start());
        Assert.Equal(message, error.Message);
    }

    /// <summary>ASP.NET Core's hasher, counting the passwords it checks.</summary>
    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
