using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GraphApi.Data;
using GraphApi.Data.Tests.Infrastructure;
using GraphApi.Features.Users;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Authentication.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts;

/// <summary>
/// The host as it ships, on a SQLite file of its own (a shop of a few products and users, and the demo users with
/// their documented password), signing tokens with <see cref="TestKeys.HmacSecret"/>, on a clock the test moves.
/// The attempt limit is off unless <paramref name="settings"/> set it: the tests of other rules make many attempts.
/// </summary>
public sealed class AccountsHost(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    private readonly Action<IServiceCollection>? _configureServices;

    public AccountsHost(Action<IServiceCollection> configureServices, params (string Key, string Value)[] settings)
        : this(settings)
    {
        _configureServices = configureServices;
    }

    private const string SignUpMutation = """
        mutation ($input: SignUpInput!) {
          signUp(input: $input) {
            token
            expiresAt
            user { id name email role }
            errors {
              __typename
              ... on Error { message }
              ... on ValidationError { field }
              ... on EmailTakenError { email }
              ... on TooManyAttemptsError { retryAfterSeconds }
            }
          }
        }
        """;

    private const string SignInMutation = """
        mutation ($input: SignInInput!) {
          signIn(input: $input) {
            token
            expiresAt
            user { id name email role }
            errors {
              __typename
              ... on Error { message }
              ... on AccountLockedError { lockedUntil }
              ... on TooManyAttemptsError { retryAfterSeconds }
            }
          }
        }
        """;

    public FakeClock Clock { get; } = new();

    public string DatabaseFile { get; } = Path.Combine(Path.GetTempPath(), "graphapi-tests", $"accounts-{Guid.NewGuid():N}.db");

    /// <summary>Starts the host (which migrates and seeds the database) and checks that it uses this test's file.</summary>
    public AccountsHost Start()
    {
        CreateClient().Dispose();
        Assert.Equal(DatabaseFile, Services.GetRequiredService<ShopDatabaseSettings>().SqliteFile);
        return this;
    }

    /// <summary>Runs <c>signUp</c> and returns its payload (token, expiresAt, user and errors with all their fields).</summary>
    public async Task<JsonElement> SignUpAsync(string email, string password, string name) =>
        Payload(await PostAsync(SignUpMutation, new { input = new { email, password, name } }), "signUp");

    /// <summary>Runs <c>signIn</c> and returns its payload.</summary>
    public async Task<JsonElement> SignInAsync(string email, string password) =>
        Payload(await PostAsync(SignInMutation, new { input = new { email, password } }), "signIn");

    /// <summary>POSTs a GraphQL request, with <c>Authorization: Bearer <paramref name="token"/></c> when given.</summary>
    public Task<GraphQLHttpResponse> PostAsync(string query, object? variables = null, string? token = null)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return GraphQLHttp.PostQueryAsync(client, query, variables);
    }

    /// <summary>The user's row as the database has it.</summary>
    public async Task<User?> FindUserAsync(string email)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email);
    }

    /// <summary>A hash of every row of the database (<see cref="DataFingerprint"/>), to show that it did not change.</summary>
    public string Fingerprint() => DataFingerprint.Of(Services.GetRequiredService<ShopDatabaseSettings>().ConnectionString);

    private static JsonElement Payload(GraphQLHttpResponse response, string field)
    {
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.Json.TryGetProperty("errors", out var errors), "Unexpected errors: " + errors);
        return response.Json.GetProperty("data").GetProperty(field);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:SqlitePath", DatabaseFile);
        builder.UseSetting("Seed:Products", "3");
        builder.UseSetting("Seed:Users", "3");
        builder.UseSetting("Seed:Orders", "0");
        builder.UseSetting("Authentication:Jwt:SigningKey", TestKeys.HmacSecret);
        builder.UseSetting("Accounts:AttemptRateLimit:PermitLimit", "0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            _configureServices?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in (string[])[DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm"])
        {
            File.Delete(file);
        }
    }
}
