using System.Security.Claims;
using GraphApi.GraphQL.AspNetCore.Subscriptions;

namespace GraphApi.Tests.Subscriptions;

/// <summary>
/// Stands in for the JWT wiring to come: accepts the connection of whoever presents <see cref="ValidToken"/>
/// (wherever <see cref="SubscriptionConnectionContext.FindBearerToken"/> finds it) as "ada", telling the
/// client so in the acknowledgement; rejects everyone else.
/// </summary>
public sealed class FakeTokenConnectionHandler : ISubscriptionConnectionHandler
{
    public const string ValidToken = "valid-token";

    public ValueTask<SubscriptionConnectionResult> OnConnectAsync(SubscriptionConnectionContext context, CancellationToken cancellationToken)
    {
        if (context.FindBearerToken() != ValidToken)
        {
            return ValueTask.FromResult(SubscriptionConnectionResult.Reject());
        }

        var ada = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "FakeToken"));
        return ValueTask.FromResult(SubscriptionConnectionResult.Accept(ada, new Dictionary<string, object?> { ["user"] = "ada" }));
    }
}
