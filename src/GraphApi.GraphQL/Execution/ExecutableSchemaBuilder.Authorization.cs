using GraphApi.GraphQL.Execution.Authorization;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Authorization declared in the schema: the directive (by default
/// <c>@authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION</c>,
/// declared by the application's SDL) and the named policies it refers to. See the README's
/// "Authorization" section for what the executor enforces where.
/// </summary>
public sealed partial class ExecutableSchemaBuilder
{
    /// <summary>The name of the authorization directive unless <see cref="UseAuthorizationDirective"/> gives another.</summary>
    public const string DefaultAuthorizationDirective = "authorize";

    private readonly Dictionary<string, Func<AuthorizationContext, ValueTask<bool>>> _policies = new(StringComparer.Ordinal);
    private string _authorizationDirective = DefaultAuthorizationDirective;
    private bool _authorizationDirectiveNamed;

    /// <summary>
    /// Names the directive that declares authorization (without <c>@</c>). The schema must then declare it,
    /// or <see cref="Build"/> fails: a misspelt name would otherwise silently enforce nothing.
    /// </summary>
    public ExecutableSchemaBuilder UseAuthorizationDirective(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _authorizationDirective = name;
        _authorizationDirectiveNamed = true;
        return this;
    }

    /// <summary>
    /// Registers a policy that <c>@authorize(policy: "name")</c> refers to: given the user, the protected
    /// value, the field, its arguments and the request's services, it returns whether access is allowed.
    /// A policy that throws denies (the error is reported as an internal error).
    /// </summary>
    public ExecutableSchemaBuilder AddAuthorizationPolicy(string name, Func<AuthorizationContext, ValueTask<bool>> policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(policy);
        if (!_policies.TryAdd(name, policy))
        {
            _registrationProblems.Add($"AddAuthorizationPolicy(\"{name}\"): registered twice.");
        }

        return this;
    }

    /// <summary>Registers a synchronous policy; see <see cref="AddAuthorizationPolicy(string, Func{AuthorizationContext, ValueTask{bool}})"/>.</summary>
    public ExecutableSchemaBuilder AddAuthorizationPolicy(string name, Func<AuthorizationContext, bool> policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return AddAuthorizationPolicy(name, context => new ValueTask<bool>(policy(context)));
    }

    private SchemaAuthorization? CompileAuthorization(List<string> problems) =>
        AuthorizationCompiler.Compile(Schema, _authorizationDirective, _authorizationDirectiveNamed, _policies, problems);
}
