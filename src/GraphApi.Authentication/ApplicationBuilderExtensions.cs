using Microsoft.AspNetCore.Builder;

namespace GraphApi.Authentication;

public static class ApplicationBuilderExtensions
{
    /// <summary>
    /// From here on in the pipeline, a request with a bearer token that does not validate gets 401 with
    /// <c>WWW-Authenticate: Bearer error="invalid_token"</c>, whatever endpoint it was for. Place it after
    /// <c>UseCors</c>, so that browsers can read the 401.
    /// </summary>
    public static IApplicationBuilder UseJwtBearerRejection(this IApplicationBuilder app) =>
        app.UseMiddleware<JwtBearerRejectionMiddleware>();
}
