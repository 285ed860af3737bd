namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// The streaming transports of the endpoint (the <c>GraphQL:Subscriptions</c> configuration section):
/// graphql-transport-ws over WebSocket and GraphQL over Server-Sent Events. Durations are configured as
/// <c>hh:mm:ss</c> (e.g. <c>00:00:03</c>, or <c>00:00:00.500</c> for half a second).
/// </summary>
public sealed class GraphQLSubscriptionOptions
{
    /// <summary>1 MiB, like <see cref="GraphQLServerOptions.DefaultMaxRequestBodyBytes"/>: a subscribe message carries what a POST body does.</summary>
    public const int DefaultMaxMessageBytes = 1024 * 1024;

    /// <summary>Whether WebSocket requests at the endpoint's path run graphql-transport-ws. Default true.</summary>
    public bool EnableWebSockets { get; set; } = true;

    /// <summary>Whether requests accepting <c>text/event-stream</c> get a GraphQL-over-SSE stream. Default true.</summary>
    public bool EnableServerSentEvents { get; set; } = true;

    /// <summary>
    /// How long a new WebSocket may wait before sending <c>connection_init</c>; after it the socket is closed
    /// with 4408. Default 3 seconds, the protocol's reference value.
    /// </summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How often an idle-looking connection is kept alive: a graphql-transport-ws <c>ping</c> message on an
    /// acknowledged WebSocket, a comment line on an event stream. Proxies close connections that stay silent
    /// for long (often 30 to 60 seconds). Default 12 seconds; zero turns it off.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// The largest WebSocket message accepted, in bytes; a larger one closes the socket with 1009 (Message Too
    /// Big). Default <see cref="DefaultMaxMessageBytes"/> (1 MiB).
    /// </summary>
    public int MaxMessageBytes { get; set; } = DefaultMaxMessageBytes;

    /// <summary>
    /// How many operations one WebSocket may run at the same time; a <c>subscribe</c> beyond it gets an
    /// <c>error</c> message and the connection stays open. Default 100.
    /// </summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>
    /// Browser origins, besides the endpoint's own and those of <see cref="GraphQLServerOptions.Cors"/>, whose
    /// pages may open a WebSocket to the endpoint; <c>*</c> allows any. Browsers do not apply CORS to
    /// WebSockets, so without this check any web site could open one with the visitor's cookies
    /// (cross-site WebSocket hijacking). Requests without an <c>Origin</c> header (not from a browser) are
    /// allowed. Default none.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
