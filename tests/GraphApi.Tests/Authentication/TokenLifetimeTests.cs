using GraphApi.Authentication;
using GraphApi.Tests.Authentication.Infrastructure;
using static GraphApi.Tests.Authentication.Infrastructure.Tokens;

namespace GraphApi.Tests.Authentication;

/// <summary>exp, nbf and iat on both sides of the clock skew (60 seconds by default), on a clock that stands still.</summary>
public class TokenLifetimeTests(AuthHostFixture host) : IClassFixture<AuthHostFixture>
{
    private const int Skew = 60;

    private long Now => host.Clock.Seconds;

    private async Task<GraphApi.Tests.Infrastructure.GraphQLHttpResponse> SendAsync(params (string Name, object? Value)[] changes) =>
        await WhoAmI.AskWithTokenAsync(host.Client, await HmacAsync(ValidClaims(host.Clock).With(changes)));

    [Fact]
    public async Task A_token_that_expired_within_the_skew_is_accepted()
    {
        BearerAssert.Authenticated(await SendAsync(("exp", Now - Skew + 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3600)]
    public async Task A_token_that_expired_the_skew_ago_or_earlier_is_refused(int beyondSkew)
    {
        BearerAssert.Rejected(await SendAsync(("exp", Now - Skew - beyondSkew), ("iat", Now - 7200)), JwtFailure.Expired);
    }

    [Fact]
    public async Task A_token_valid_from_within_the_skew_is_accepted()
    {
        BearerAssert.Authenticated(await SendAsync(("nbf", Now + Skew)));
    }

    [Fact]
    public async Task A_token_valid_only_from_beyond_the_skew_is_refused()
    {
        BearerAssert.Rejected(await SendAsync(("nbf", Now + Skew + 1)), JwtFailure.NotYetValid);
    }

    [Fact]
    public async Task A_token_issued_within_the_skew_in_the_future_is_accepted()
    {
        BearerAssert.Authenticated(await SendAsync(("iat", Now + Skew)));
    }

    [Fact]
    public async Task A_token_issued_beyond_the_skew_in_the_future_is_refused()
    {
        BearerAssert.Rejected(await SendAsync(("iat", Now + Skew + 1)), JwtFailure.IssuedInFuture);
    }

    [Fact]
    public async Task A_fractional_exp_is_a_NumericDate()
    {
        BearerAssert.Authenticated(await SendAsync(("exp", Now + 0.5)));
        BearerAssert.Rejected(await SendAsync(("exp", Now - Skew - 0.5)), JwtFailure.Expired);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(1e20)]
    public async Task An_exp_outside_the_dates_that_exist_is_refused(double exp)
    {
        BearerAssert.Rejected(await SendAsync(("exp", exp)), JwtFailure.MalformedTime);
    }

    [Theory]
    [InlineData("nbf")]
    [InlineData("iat")]
    public async Task An_nbf_or_iat_that_is_not_a_number_is_refused(string claim)
    {
        BearerAssert.Rejected(await SendAsync((claim, "yesterday")), JwtFailure.MalformedTime);
    }

    [Fact]
    public async Task A_token_issued_by_a_clock_without_skew_expires_exactly_at_exp()
    {
        var clock = new FakeClock();
        await using var strict = new AuthHostFactory(clock, ("Authentication:Jwt:SigningKey", TestKeys.HmacSecret), ("Authentication:Jwt:ClockSkew", "00:00:00"));
        var client = strict.CreateClient();

        BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(client, await HmacAsync(ValidClaims(clock).With(("exp", clock.Seconds + 1)))));
        BearerAssert.Rejected(await WhoAmI.AskWithTokenAsync(client, await HmacAsync(ValidClaims(clock).With(("exp", clock.Seconds)))), JwtFailure.Expired);
    }

    [Fact]
    public async Task The_same_token_is_accepted_until_its_expiry_passes()
    {
        var clock = new FakeClock();
        await using var server = new AuthHostFactory(clock, ("Authentication:Jwt:SigningKey", TestKeys.HmacSecret));
        var client = server.CreateClient();
        string token = await HmacAsync(ValidClaims(clock).With(("exp", clock.Seconds + 120)));

        BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(client, token));
        clock.Advance(TimeSpan.FromSeconds(120 + Skew - 1));
        BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(client, token));
        clock.Advance(TimeSpan.FromSeconds(1));
        BearerAssert.Rejected(await WhoAmI.AskWithTokenAsync(client, token), JwtFailure.Expired);
    }
}
