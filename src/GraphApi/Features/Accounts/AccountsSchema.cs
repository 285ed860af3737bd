using GraphApi.Authentication;
using GraphApi.Features.GraphQL;
using GraphApi.Features.Mutations;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;

namespace GraphApi.Features.Accounts;

/// <summary>The accounts' GraphQL API: <c>Mutation.signUp</c> and <c>Mutation.signIn</c>, their payloads and errors.</summary>
public static class AccountsSchema
{
    /// <summary>The code of the field error of signUp and signIn on a server that signs no tokens itself.</summary>
    public const string SignInUnavailableCode = "SIGN_IN_UNAVAILABLE";

    public static ExecutableSchemaBuilder BindAccounts(this ExecutableSchemaBuilder schema) => schema
        .BindType<SignUpPayload>(nameof(SignUpPayload))
        .BindType<SignInPayload>(nameof(SignInPayload))
        .BindType<EmailTakenError>(nameof(EmailTakenError))
        .BindType<InvalidCredentialsError>(nameof(InvalidCredentialsError))
        .BindType<AccountLockedError>(nameof(AccountLockedError))
        .BindType<TooManyAttemptsError>(nameof(TooManyAttemptsError))
        .Resolve("Mutation", "signUp", SignUpAsync)
        .Resolve("Mutation", "signIn", SignInAsync);

    private static async ValueTask<object?> SignUpAsync(IResolverContext context)
    {
        var accounts = Accounts(context);
        var request = context.Argument<SignUpRequest>("input");
        if (TakeAttempt(context) is { } tooMany)
        {
            return SignUpPayload.From(tooMany);
        }

        return SignUpPayload.From(await SignInTheRestAsync(context, await accounts.SignUpAsync(request, context.CancellationToken)));
    }

    private static async ValueTask<object?> SignInAsync(IResolverContext context)
    {
        var accounts = Accounts(context);
        var request = context.Argument<SignInRequest>("input");
        if (TakeAttempt(context) is { } tooMany)
        {
            return SignInPayload.From(tooMany);
        }

        return SignInPayload.From(await SignInTheRestAsync(context, await accounts.SignInAsync(request, context.CancellationToken)));
    }

    /// <summary>
    /// On success, the rest of the operation runs as the account just signed in, as later requests with its token
    /// will: the payload's <c>user</c> is theirs to read (the contract's <c>userReader</c> policy) though the request
    /// came without a token. The principal is the one the new token yields, read by the same authenticator as
    /// every request's. Loaders made for the previous caller are dropped, since they filter by viewer.
    /// </summary>
    private static async ValueTask<MutationResult<SignedIn>> SignInTheRestAsync(IResolverContext context, MutationResult<SignedIn> result)
    {
        if (result.Succeeded && result.Value is { } signedIn)
        {
            var token = await context.Service<JwtAuthenticator>().ValidateAsync(signedIn.Token, context.CancellationToken);
            context.SignIn(token.Principal ?? throw new InvalidOperationException($"The token just issued does not validate: {token.Failure}."));
            RequestLoaders.Of(context).Forget();
        }

        return result;
    }

    private static AccountService Accounts(IResolverContext context)
    {
        var accounts = context.Service<AccountService>();
        return accounts.CanIssueTokens
            ? accounts
            : throw new FieldErrorException(
                "This server does not sign users in: it accepts the tokens of an external identity provider.", SignInUnavailableCode);
    }

    /// <summary>Counts the attempt against the client's address; the error when it is one too many.</summary>
    private static TooManyAttemptsError? TakeAttempt(IResolverContext context)
    {
        var client = context.Service<IHttpContextAccessor>().HttpContext?.Connection.RemoteIpAddress;
        return context.Service<AttemptLimiter>().TryAcquire(client);
    }
}
