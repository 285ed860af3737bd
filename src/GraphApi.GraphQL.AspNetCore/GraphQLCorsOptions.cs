namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Which browser origins may call the endpoint (the <c>GraphQL:Cors</c> configuration section). With no
/// origins and no <see cref="PolicyName"/> the endpoint has no CORS policy: browsers allow same-origin
/// calls only. The application must call <c>app.UseCors()</c> for either to apply.
/// </summary>
public sealed class GraphQLCorsOptions
{
    /// <summary>The name of the policy built from these options.</summary>
    public const string DefaultPolicyName = "GraphQL";

    /// <summary>
    /// Origins allowed to call the endpoint, e.g. <c>https://nitro.chillicream.com</c> for the Nitro web IDE;
    /// <c>*</c> allows any origin (not together with <see cref="AllowCredentials"/>).
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Request headers browsers may send; empty (the default) allows any.</summary>
    public string[] AllowedHeaders { get; set; } = [];

    /// <summary>Whether browsers may send cookies and HTTP authentication. Default false.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long browsers may cache a preflight answer, in seconds. Default 600 (10 minutes).</summary>
    public int PreflightMaxAgeSeconds { get; set; } = 600;

    /// <summary>
    /// The name of a CORS policy the application registers itself, used instead of the one built from these
    /// options. Default null.
    /// </summary>
    public string? PolicyName { get; set; }
}
