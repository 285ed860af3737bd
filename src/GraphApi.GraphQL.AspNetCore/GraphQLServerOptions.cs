using GraphApi.GraphQL.AspNetCore.Subscriptions;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// The options of the GraphQL endpoint, bound from the <c>GraphQL</c> configuration section (so also from
/// <c>GraphQL__MaxRequestBodyBytes</c>-style environment variables and command-line arguments).
/// </summary>
public sealed class GraphQLServerOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>1 MiB: the introspection query is about 2 KiB and real documents with their variables stay well below this.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The route of the endpoint when <c>MapGraphQL()</c> is given none. Default <c>/graphql</c>.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>
    /// The largest POST body accepted, in bytes; a larger one gets 413 before it is read. Default
    /// <see cref="DefaultMaxRequestBodyBytes"/> (1 MiB).
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>
    /// Whether queries may be sent with GET (GraphQL over HTTP §GET; mutations never may). Default true:
    /// GET lets HTTP caches and CDNs serve repeated queries.
    /// </summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>
    /// Whether clients see the messages of unexpected exceptions (in resolvers and in the transport).
    /// Default null: only in the Development environment, since messages can reveal internals.
    /// </summary>
    public bool? IncludeExceptionDetails { get; set; }

    /// <summary>Cross-origin access to the endpoint (the <c>GraphQL:Cors</c> section).</summary>
    public GraphQLCorsOptions Cors { get; set; } = new();

    /// <summary>Subscriptions over WebSocket and Server-Sent Events (the <c>GraphQL:Subscriptions</c> section).</summary>
    public GraphQLSubscriptionOptions Subscriptions { get; set; } = new();
}
