using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Authentication;

/// <summary>
/// Answers 401 to a request whose bearer token does not validate, before any endpoint runs, even one that
/// serves anonymous users: a client whose token expired or was forged must learn it, not be served as
/// anonymous. The challenge writes <c>WWW-Authenticate</c>; the body is a GraphQL-style error response.
/// </summary>
internal sealed class JwtBearerRejectionMiddleware(RequestDelegate next)
{
    public const string ErrorCode = "UNAUTHENTICATED";

    // Like the GraphQL responses: the body is JSON, never HTML, so "token's" need not become "token\u0027s".
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task InvokeAsync(HttpContext context)
    {
        // The handler caches its result per request, so authentication middleware and this share one validation.
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result.Failure is not JwtBearerFailureException rejected)
        {
            await next(context);
            return;
        }

        await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(
            context.Response.Body,
            new { errors = new[] { new { message = rejected.Failure.Describe(), extensions = new { code = ErrorCode } } } },
            JsonOptions,
            context.RequestAborted);
    }
}
