namespace GraphApi.Features.Health;

/// <summary>The liveness probe for load balancers and orchestrators.</summary>
public static class HealthFeature
{
    public static WebApplication MapHealthFeature(this WebApplication app)
    {
        app.MapGet("/health", () => Results.Text("Healthy"));
        return app;
    }
}
