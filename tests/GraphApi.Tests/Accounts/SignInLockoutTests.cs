using GraphApi.Data.Seeding;
using GraphApi.Features.Accounts;
using GraphApi.Features.Mutations;
using GraphApi.Features.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts;

/// <summary>The lockout after failed sign-ins, through the account service on a real database and a fake clock.</summary>
public sealed class SignInLockoutTests : IAsyncLifetime
{
    private const string Email = DemoUsers.CustomerEmail;
    private const string WrongPassword = "not-the-password";

    private AccountsHost _host = new();

    public Task InitializeAsync()
    {
        _host.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private AccountService Accounts => _host.Services.GetRequiredService<AccountService>();

    [Fact]
    public async Task The_fifth_failure_in_a_row_locks_the_account_for_15_minutes_even_against_the_right_password()
    {
        for (int i = 1; i <= 4; i++)
        {
            Assert.IsType<InvalidCredentialsError>(Assert.Single((await SignInAsync(WrongPassword)).Errors));
            Assert.Equal(i, (await ReadAsync()).AccessFailedCount);
        }

        var lockedUntil = _host.Clock.GetUtcNow().UtcDateTime.AddMinutes(15);
        var locked = Assert.IsType<AccountLockedError>(Assert.Single((await SignInAsync(WrongPassword)).Errors));
        Assert.Equal(lockedUntil, locked.LockedUntil);
        Assert.Equal(DateTimeKind.Utc, locked.LockedUntil.Kind);
        Assert.Equal(lockedUntil, (await ReadAsync()).LockoutEnd);

        _host.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        var stillLocked = Assert.IsType<AccountLockedError>(Assert.Single((await SignInAsync(DemoUsers.DefaultPassword)).Errors));
        Assert.Equal(lockedUntil, stillLocked.LockedUntil);
        Assert.Equal($"The account is locked after too many failed sign-ins; try again after 2030-01-01T00:15:00Z.", stillLocked.Message);
    }

    [Fact]
    public async Task When_the_lockout_ends_the_right_password_signs_in_and_counting_starts_again()
    {
        for (int i = 0; i < 5; i++)
        {
            await SignInAsync(WrongPassword);
        }

        _host.Clock.Advance(TimeSpan.FromMinutes(15));

        var signedIn = await SignInAsync(DemoUsers.DefaultPassword);
        Assert.True(signedIn.Succeeded);
        var user = await ReadAsync();
        Assert.Null(user.LockoutEnd);
        Assert.Equal(0, user.AccessFailedCount);

        // A failure after the lockout counts from one: four more leave the account open.
        for (int i = 0; i < 4; i++)
        {
            Assert.IsType<InvalidCredentialsError>(Assert.Single((await SignInAsync(WrongPassword)).Errors));
        }

        Assert.Equal(4, (await ReadAsync()).AccessFailedCount);
    }

    [Fact]
    public async Task A_failure_after_an_expired_lockout_counts_as_the_first()
    {
        for (int i = 0; i < 5; i++)
        {
            await SignInAsync(WrongPassword);
        }

        _host.Clock.Advance(TimeSpan.FromMinutes(16));

        Assert.IsType<InvalidCredentialsError>(Assert.Single((await SignInAsync(WrongPassword)).Errors));
        var user = await ReadAsync();
        Assert.Null(user.LockoutEnd);
        Assert.Equal(1, user.AccessFailedCount);
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_count()
    {
        for (int i = 0; i < 4; i++)
        {
            await SignInAsync(WrongPassword);
        }

        Assert.True((await SignInAsync(DemoUsers.DefaultPassword)).Succeeded);
        Assert.Equal(0, (await ReadAsync()).AccessFailedCount);

        for (int i = 0; i < 4; i++)
        {
            Assert.IsType<InvalidCredentialsError>(Assert.Single((await SignInAsync(WrongPassword)).Errors));
        }
    }

    [Fact]
    public async Task Of_many_guesses_sent_at_once_only_the_allowed_number_is_judged()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => SignInAsync(WrongPassword))));

        var errors = results.Select(r => Assert.Single(r.Errors)).ToList();
        Assert.Equal(4, errors.Count(e => e is InvalidCredentialsError));
        Assert.Equal(16, errors.Count(e => e is AccountLockedError));
        Assert.NotNull((await ReadAsync()).LockoutEnd);
    }

    [Fact]
    public async Task The_number_of_failures_and_the_period_are_configurable()
    {
        await _host.DisposeAsync();
        _host = new AccountsHost(("Accounts:MaxFailedSignIns", "2"), ("Accounts:LockoutDuration", "00:01:00")).Start();

        Assert.IsType<InvalidCredentialsError>(Assert.Single((await SignInAsync(WrongPassword)).Errors));
        var locked = Assert.IsType<AccountLockedError>(Assert.Single((await SignInAsync(WrongPassword)).Errors));
        Assert.Equal(_host.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), locked.LockedUntil);

        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await SignInAsync(DemoUsers.DefaultPassword)).Succeeded);
    }

    private Task<MutationResult<SignedIn>> SignInAsync(string password) =>
        Accounts.SignInAsync(new SignInRequest(Email, password), CancellationToken.None);

    private async Task<User> ReadAsync() => (await _host.FindUserAsync(Email))!;
}
