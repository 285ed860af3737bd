using System.Data.Common;
using System.Text.Json;
using GraphApi.Data;
using GraphApi.Data.Seeding;
using GraphApi.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts;

/// <summary>Mutation.signUp over HTTP, on a database of each test's own.</summary>
public sealed class SignUpTests : IAsyncLifetime
{
    private const string MeQuery = "{ me { id name email role } }";

    private readonly FailingUserInsert _failingInsert = new();
    private readonly AccountsHost _host;

    public SignUpTests()
    {
        _host = new AccountsHost(services => services.AddSingleton<IDbContextFactory<ShopDbContext>>(
            provider => new InterceptedContexts(provider.GetRequiredService<ShopDatabaseSettings>(), provider.GetRequiredService<TimeProvider>(), _failingInsert)));
    }

    public Task InitializeAsync()
    {
        _host.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Signing_up_creates_a_customer_who_is_signed_in_and_can_sign_in_again()
    {
        var payload = await _host.SignUpAsync("  Ada.Lovelace@Example.COM ", "analytical engine", "  Ada Lovelace ");

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var user = payload.GetProperty("user");
        Assert.Equal("ada.lovelace@example.com", user.GetProperty("email").GetString());
        Assert.Equal("Ada Lovelace", user.GetProperty("name").GetString());
        Assert.Equal("CUSTOMER", user.GetProperty("role").GetString());
        Assert.Equal("2030-01-01T01:00:00.000Z", payload.GetProperty("expiresAt").GetString());

        var me = (await _host.PostAsync(MeQuery, token: payload.GetProperty("token").GetString())).Json.GetProperty("data").GetProperty("me");
        Assert.Equal(user.ToString(), me.ToString());

        var signedIn = await _host.SignInAsync("ADA.LOVELACE@example.com", "analytical engine");
        Assert.Empty(signedIn.GetProperty("errors").EnumerateArray());
        var meAgain = (await _host.PostAsync(MeQuery, token: signedIn.GetProperty("token").GetString())).Json.GetProperty("data").GetProperty("me");
        Assert.Equal(user.ToString(), meAgain.ToString());
    }

    [Fact]
    public async Task The_password_is_stored_as_a_PasswordHasher_hash()
    {
        await _host.SignUpAsync("grace@example.com", "cobol-forever", "Grace Hopper");

        var user = await _host.FindUserAsync("grace@example.com");
        Assert.NotNull(user);
        Assert.Equal(UserRole.Customer, user.Role);
        Assert.DoesNotContain("cobol", user.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<User>().VerifyHashedPassword(user, user.PasswordHash!, "cobol-forever"));
    }

    [Fact]
    public async Task Every_broken_rule_is_a_validation_error_naming_its_field_and_nothing_is_written()
    {
        var before = _host.Fingerprint();

        var payload = await _host.SignUpAsync("not-an-address", "short", "   ");

        Assert.Equal(
            """
            [{"__typename":"ValidationError","message":"\u0022not-an-address\u0022 is not an e-mail address such as ada@example.com.","field":"email"},{"__typename":"ValidationError","message":"A password needs at least 8 characters, not 5.","field":"password"},{"__typename":"ValidationError","message":"A name is required.","field":"name"}]
            """,
            Compact(payload.GetProperty("errors")));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("user").ValueKind);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("token").ValueKind);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("expiresAt").ValueKind);
        Assert.Equal(before, _host.Fingerprint());
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa", "A password needs at least 4 different characters.")]
    [InlineData("abababababab", "A password needs at least 4 different characters.")]
    [InlineData("ADA.KING@example.com", "A password cannot be the e-mail address or its part before the @.")]
    [InlineData("Ada.King", "A password cannot be the e-mail address or its part before the @.")]
    [InlineData("🔑🔒🔓🗝🔑🔒🔓", "A password needs at least 8 characters, not 7.")]
    public async Task Weak_passwords_are_refused(string password, string message)
    {
        var payload = await _host.SignUpAsync("ada.king@example.com", password, "Ada");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("password", error.GetProperty("field").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Passwords_may_have_spaces_and_any_script_but_at_most_128_characters()
    {
        Assert.Empty((await _host.SignUpAsync("a@example.com", "correct horse battery", "A")).GetProperty("errors").EnumerateArray());
        Assert.Empty((await _host.SignUpAsync("b@example.com", "пароль-дракона", "B")).GetProperty("errors").EnumerateArray());
        Assert.Empty((await _host.SignUpAsync("c@example.com", string.Concat(Enumerable.Repeat("abcd", 32)), "C")).GetProperty("errors").EnumerateArray());

        var tooLong = await _host.SignUpAsync("d@example.com", string.Concat(Enumerable.Repeat("abcd", 32)) + "ab", "D");
        Assert.Equal("A password has at most 128 characters, not 130.", tooLong.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("ada@localhost")]
    [InlineData("ada@@example.com")]
    [InlineData("ada lovelace@example.com")]
    [InlineData(".ada@example.com")]
    [InlineData("ada..lovelace@example.com")]
    [InlineData("ada@-example.com")]
    [InlineData("ada@example.123")]
    [InlineData("ada@[127.0.0.1]")]
    [InlineData("Ada <ada@example.com>")]
    public async Task Malformed_addresses_are_refused(string email)
    {
        var payload = await _host.SignUpAsync(email, "good password", "Ada");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("email", error.GetProperty("field").GetString());
        Assert.Equal($"\"{email.ToLowerInvariant()}\" is not an e-mail address such as ada@example.com.", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("ada+shop@example.co.uk")]
    [InlineData("élodie@exemple.fr")]
    [InlineData("o'brien@xn--bcher-kva.example")]
    public async Task Usual_addresses_are_accepted(string email)
    {
        var payload = await _host.SignUpAsync(email, "good password", "Someone");

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(email, payload.GetProperty("user").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Addresses_and_names_longer_than_their_columns_are_refused()
    {
        string longEmail = new string('a', 64) + "@" + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 62) + ".com";
        var payload = await _host.SignUpAsync(longEmail, "good password", new string('n', 101));

        Assert.Equal(
            $$"""
            [{"__typename":"ValidationError","message":"An e-mail address has at most 254 characters, not {{longEmail.Length}}.","field":"email"},{"__typename":"ValidationError","message":"A name has at most 100 characters, not 101.","field":"name"}]
            """,
            Compact(payload.GetProperty("errors")));
    }

    [Fact]
    public async Task An_address_registered_in_another_case_is_taken_and_nothing_is_written()
    {
        var before = _host.Fingerprint();

        var payload = await _host.SignUpAsync(" Customer@GraphApi.dev", "some password", "Mallory");

        Assert.Equal(
            """
            [{"__typename":"EmailTakenError","message":"An account with the e-mail address \u0022customer@graphapi.dev\u0022 already exists; sign in instead.","email":"customer@graphapi.dev"}]
            """,
            Compact(payload.GetProperty("errors")));
        Assert.Equal(before, _host.Fingerprint());
        Assert.Equal("Demo Customer", (await _host.FindUserAsync(DemoUsers.CustomerEmail))!.DisplayName);
    }

    [Fact]
    public async Task A_sign_up_that_fails_after_its_insert_leaves_no_user_behind()
    {
        var before = _host.Fingerprint();
        _failingInsert.Armed = true;

        var response = await _host.PostAsync(
            "mutation { signUp(input: { email: \"eve@example.com\", password: \"good password\", name: \"Eve\" }) { token } }");

        Assert.True(_failingInsert.Failed);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal("INTERNAL_SERVER_ERROR", response.FirstErrorCode);
        Assert.Equal(JsonValueKind.Null, response.Json.GetProperty("data").ValueKind);
        _failingInsert.Armed = false;
        Assert.Null(await _host.FindUserAsync("eve@example.com"));
        Assert.Equal(before, _host.Fingerprint());
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    /// <summary>Fails the command that inserted a user, after the database ran it: as a lost connection would.</summary>
    private sealed class FailingUserInsert : DbCommandInterceptor
    {
        public volatile bool Armed;

        public volatile bool Failed;

        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Contains("INSERT INTO \"Users\"", StringComparison.Ordinal))
            {
                Failed = true;
                throw new InvalidOperationException("The connection was lost.");
            }

            return ValueTask.FromResult(result);
        }
    }

    /// <summary>The host's contexts, on its database, with an interceptor.</summary>
    private sealed class InterceptedContexts(ShopDatabaseSettings settings, TimeProvider clock, IInterceptor interceptor) : IDbContextFactory<ShopDbContext>
    {
        private readonly DbContextOptions<SqliteShopDbContext> _options =
            new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite(settings.ConnectionString).AddInterceptors(interceptor).Options;

        public ShopDbContext CreateDbContext() => new SqliteShopDbContext(_options, clock);
    }
}
