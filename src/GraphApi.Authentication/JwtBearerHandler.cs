using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphApi.Authentication;

/// <summary>
/// Authenticates requests carrying <c>Authorization: Bearer &lt;JWT&gt;</c> (RFC 6750 §2.1). No Authorization
/// header, or another scheme's, is no result (the request stays anonymous); a bearer token that does not
/// validate is a failure, and the challenge then says why in <c>WWW-Authenticate</c> (RFC 6750 §3).
/// </summary>
public sealed class JwtBearerHandler(IOptionsMonitor<JwtBearerOptions> options, ILoggerFactory logger, UrlEncoder encoder, JwtAuthenticator authenticator)
    : AuthenticationHandler<JwtBearerOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var headers = Request.Headers.Authorization;
        if (headers.Count == 0)
        {
            return AuthenticateResult.NoResult();
        }

        // Two headers could be read differently by a proxy and by this server; refuse rather than pick one.
        if (headers.Count > 1)
        {
            return Fail(JwtFailure.MultipleAuthorizationHeaders);
        }

        string value = headers[0] ?? "";
        if (value.Trim().Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(JwtFailure.EmptyToken);
        }

        // RFC 7235 §2.1: the scheme name is case-insensitive.
        if (!value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        string token = value[BearerPrefix.Length..].Trim();
        if (token.Length == 0)
        {
            return Fail(JwtFailure.EmptyToken);
        }

        var result = await authenticator.ValidateAsync(token, Context.RequestAborted);
        if (result.Failure is { } failure)
        {
            return Fail(failure);
        }

        var properties = new AuthenticationProperties { ExpiresUtc = result.ExpiresAt };
        return AuthenticateResult.Success(new AuthenticationTicket(result.Principal!, properties, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.Append(HeaderNames.WWWAuthenticate, result.Failure is JwtBearerFailureException rejected
            ? $"Bearer error=\"invalid_token\", error_description=\"{rejected.Failure.Describe()}\""
            : "Bearer");
    }

    private AuthenticateResult Fail(JwtFailure failure)
    {
        Logger.LogInformation("Bearer token refused: {Reason}", failure.Describe());
        return AuthenticateResult.Fail(new JwtBearerFailureException(failure));
    }
}
