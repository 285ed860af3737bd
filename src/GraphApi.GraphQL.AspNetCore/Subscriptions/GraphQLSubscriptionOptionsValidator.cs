using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>Stops the server at startup when the <c>GraphQL:Subscriptions</c> options make no sense, naming the setting.</summary>
internal sealed class GraphQLSubscriptionOptionsValidator : IValidateOptions<GraphQLServerOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLServerOptions options)
    {
        var settings = options.Subscriptions;
        var failures = new List<string>();
        if (settings.ConnectionInitTimeout <= TimeSpan.Zero)
        {
            failures.Add($"GraphQL:Subscriptions:ConnectionInitTimeout must be positive, not {settings.ConnectionInitTimeout}.");
        }

        if (settings.KeepAliveInterval < TimeSpan.Zero)
        {
            failures.Add($"GraphQL:Subscriptions:KeepAliveInterval must not be negative (zero turns keep-alive off), not {settings.KeepAliveInterval}.");
        }

        if (settings.MaxMessageBytes <= 0)
        {
            failures.Add($"GraphQL:Subscriptions:MaxMessageBytes must be positive, not {settings.MaxMessageBytes}.");
        }

        if (settings.MaxSubscriptionsPerConnection <= 0)
        {
            failures.Add($"GraphQL:Subscriptions:MaxSubscriptionsPerConnection must be positive, not {settings.MaxSubscriptionsPerConnection}.");
        }

        foreach (var origin in settings.AllowedOrigins)
        {
            if (origin != "*" && !Uri.TryCreate(origin, UriKind.Absolute, out _))
            {
                failures.Add($"GraphQL:Subscriptions:AllowedOrigins: \"{origin}\" is not an origin such as https://app.example.com.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
