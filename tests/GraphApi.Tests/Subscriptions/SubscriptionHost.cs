using System.Net;
using GraphApi.Features.Hello;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Subscriptions;

/// <summary>
/// The host (its Program, pipeline and schema) on Kestrel at 127.0.0.1 and a port the system picks, so that
/// real clients — Node.js processes, <see cref="System.Net.WebSockets.ClientWebSocket"/> — reach it over TCP;
/// yet in process, so tests can swap services and watch the event source.
/// </summary>
public sealed class SubscriptionHost : IAsyncDisposable
{
    /// <summary>How long a test waits for anything before it fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly WebApplicationFactory<Program> _factory;

    private SubscriptionHost(WebApplicationFactory<Program> factory, Uri baseUrl)
    {
        _factory = factory;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = baseUrl, Timeout = Patience };
    }

    public Uri BaseUrl { get; }

    /// <summary>The GraphQL endpoint over HTTP.</summary>
    public string GraphQLUrl => new Uri(BaseUrl, "/graphql").ToString();

    /// <summary>The GraphQL endpoint as a WebSocket address.</summary>
    public Uri WebSocketUrl => new UriBuilder(BaseUrl) { Scheme = "ws", Path = "/graphql" }.Uri;

    public HttpClient Http { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>The event source behind <c>Subscription.greetings</c>.</summary>
    public GreetingEvents Greetings => Services.GetRequiredService<GreetingEvents>();

    /// <summary>Starts the host with configuration <paramref name="settings"/> (e.g. <c>GraphQL:Subscriptions:KeepAliveInterval</c>) and service overrides.</summary>
    public static SubscriptionHost Start(Action<IServiceCollection>? services = null, params (string Key, string Value)[] settings)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();

        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new SubscriptionHost(factory, new Uri(address));
    }

    /// <summary>Publishes a greeting the way clients do: the <c>sendGreeting</c> mutation over HTTP.</summary>
    public async Task SendGreetingAsync(string message)
    {
        var response = await GraphQLHttp.PostQueryAsync(Http, "mutation ($m: String!) { sendGreeting(message: $m) { message } }", new { m = message });
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    /// <summary>Waits until <paramref name="count"/> clients listen to greetings: their subscriptions have reached the source.</summary>
    public Task WaitForGreetingSubscribersAsync(int count) =>
        Eventually.TrueAsync(() => Greetings.SubscriberCount == count, $"{count} greeting subscribers (now {Greetings.SubscriberCount})");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
    }
}
