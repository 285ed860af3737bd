using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Authorization;

/// <summary>
/// Reads the authorization directive of a schema once, at build time, into the requirement of every object
/// type and of every field of an object type. Anything that would leave a directive unenforced or
/// unsatisfiable — an unknown policy, a malformed argument, a declaration at a location the executor does
/// not check — is a startup problem.
/// </summary>
internal sealed class AuthorizationCompiler
{
    private const string Roles = "roles";
    private const string Policy = "policy";

    private static readonly DirectiveLocation[] EnforcedLocations =
        [DirectiveLocation.Object, DirectiveLocation.Interface, DirectiveLocation.FieldDefinition];

    private readonly Schema _schema;
    private readonly string _directive;
    private readonly IReadOnlyDictionary<string, Func<AuthorizationContext, ValueTask<bool>>> _policies;
    private readonly List<string> _problems;
    private readonly Dictionary<object, AuthorizationRule[]> _declared = new(ReferenceEqualityComparer.Instance);

    private AuthorizationCompiler(
        Schema schema,
        string directive,
        IReadOnlyDictionary<string, Func<AuthorizationContext, ValueTask<bool>>> policies,
        List<string> problems)
    {
        _schema = schema;
        _directive = directive;
        _policies = policies;
        _problems = problems;
    }

    /// <summary>
    /// The requirements of <paramref name="schema"/>; null when nothing in it requires authorization.
    /// Problems are added to <paramref name="problems"/>.
    /// </summary>
    /// <param name="directiveNamed">The application chose the directive's name, so the schema must declare it.</param>
    public static SchemaAuthorization? Compile(
        Schema schema,
        string directive,
        bool directiveNamed,
        IReadOnlyDictionary<string, Func<AuthorizationContext, ValueTask<bool>>> policies,
        List<string> problems)
    {
        var definition = schema.GetDirective(directive);
        if (definition is null)
        {
            if (directiveNamed || policies.Count > 0)
            {
                problems.Add(
                    $"@{directive}: the schema does not declare this directive, so no authorization would be enforced; declare "
                    + $"\"directive @{directive}(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION\".");
            }

            return null;
        }

        var compiler = new AuthorizationCompiler(schema, directive, policies, problems);
        compiler.CheckDeclaration(definition);
        return compiler.CompileTypes();
    }

    /// <summary>A location or argument the executor ignores would look enforced in the contract while it is not.</summary>
    private void CheckDeclaration(DirectiveDefinition definition)
    {
        foreach (var location in definition.Locations)
        {
            if (Array.IndexOf(EnforcedLocations, location) < 0)
            {
                _problems.Add(
                    $"@{_directive}: declared on {DirectiveLocations.ToName(location)}, where it would not be enforced; "
                    + "authorization is enforced on OBJECT, INTERFACE and FIELD_DEFINITION only.");
            }
        }

        foreach (var argument in definition.Arguments)
        {
            var fits = argument.Name switch
            {
                Roles => argument.Type.Nullable is ListType list && IsString(list.OfType),
                Policy => IsString(argument.Type),
                _ => false,
            };
            if (!fits)
            {
                _problems.Add(
                    $"@{_directive}({argument.Name}: {argument.Type}): not an argument the engine enforces; "
                    + $"@{_directive} takes \"roles: [String!]\" and \"policy: String\".");
            }
        }
    }

    private static bool IsString(GraphQLType type) => type.Nullable is ScalarType { Name: BuiltInScalars.String };

    private SchemaAuthorization? CompileTypes()
    {
        // Read every type and field first, so that a bad directive anywhere fails the build, reachable or not.
        foreach (var type in _schema.Types)
        {
            if (type is FieldsType fieldsType)
            {
                Declare(fieldsType, type.Name, type.AppliedDirectives);
                foreach (var field in fieldsType.Fields)
                {
                    Declare(field, type.Name + "." + field.Name, field.AppliedDirectives);
                }
            }
        }

        var types = new Dictionary<ObjectType, AuthorizationRequirement>(ReferenceEqualityComparer.Instance);
        var fields = new Dictionary<FieldDefinition, AuthorizationRequirement>(ReferenceEqualityComparer.Instance);
        foreach (var type in _schema.Types)
        {
            if (type is not ObjectType objectType)
            {
                continue;
            }

            var typeRules = new List<AuthorizationRule>();
            Collect(typeRules, objectType);
            foreach (var iface in objectType.Interfaces)
            {
                Collect(typeRules, iface);
            }

            if (typeRules.Count > 0)
            {
                types[objectType] = new AuthorizationRequirement([.. typeRules]);
            }

            // A root object is never completed as a value, so its type's requirement guards each root field.
            var isRoot = ReferenceEquals(objectType, _schema.QueryType) || ReferenceEquals(objectType, _schema.MutationType) || ReferenceEquals(objectType, _schema.SubscriptionType);
            foreach (var field in objectType.Fields)
            {
                var fieldRules = new List<AuthorizationRule>();
                if (isRoot)
                {
                    fieldRules.AddRange(typeRules);
                }

                Collect(fieldRules, field);
                foreach (var iface in objectType.Interfaces)
                {
                    if (iface.Fields[field.Name] is { } declared)
                    {
                        Collect(fieldRules, declared);
                    }
                }

                if (fieldRules.Count > 0)
                {
                    fields[field] = new AuthorizationRequirement([.. fieldRules]);
                }
            }
        }

        return types.Count == 0 && fields.Count == 0 ? null : new SchemaAuthorization(types, fields);
    }

    private void Collect(List<AuthorizationRule> rules, object holder)
    {
        foreach (var rule in _declared[holder])
        {
            if (!rules.Contains(rule))
            {
                rules.Add(rule);
            }
        }
    }

    private void Declare(object holder, string coordinate, IReadOnlyList<DirectiveNode> applied)
    {
        var rules = new List<AuthorizationRule>();
        foreach (var directive in applied)
        {
            if (directive.Name.Value == _directive && Read(directive, coordinate) is { } rule)
            {
                rules.Add(rule);
            }
        }

        _declared[holder] = [.. rules];
    }

    private AuthorizationRule? Read(DirectiveNode directive, string coordinate)
    {
        string[]? roles = null;
        string? policyName = null;
        var valid = true;
        foreach (var argument in directive.Arguments)
        {
            switch (argument.Name.Value)
            {
                case Roles:
                    roles = ReadRoles(argument.Value, coordinate, ref valid);
                    break;
                case Policy when argument.Value is StringValueNode { Value.Length: > 0 } name:
                    policyName = name.Value;
                    break;
                case Policy when argument.Value is NullValueNode:
                    break;
                case Policy:
                    _problems.Add($"{coordinate}: @{_directive}(policy:) must be the name of a policy.");
                    valid = false;
                    break;
            }
        }

        Func<AuthorizationContext, ValueTask<bool>>? policy = null;
        if (policyName is not null && !_policies.TryGetValue(policyName, out policy))
        {
            _problems.Add($"{coordinate}: @{_directive}(policy: \"{policyName}\") names no registered policy; register it with AddAuthorizationPolicy(\"{policyName}\", ...).");
            valid = false;
        }

        return valid ? new AuthorizationRule(roles, policyName, policy) : null;
    }

    private string[]? ReadRoles(ValueNode value, string coordinate, ref bool valid)
    {
        if (value is NullValueNode)
        {
            return null;
        }

        // Input coercion of a list (spec §3.1.7) accepts a single item in place of a one-item list.
        IReadOnlyList<ValueNode> items = value is ListValueNode list ? list.Values : [value];

        var roles = new string[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not StringValueNode { Value.Length: > 0 } role)
            {
                _problems.Add($"{coordinate}: @{_directive}(roles:) must list role names (non-empty strings).");
                valid = false;
                return null;
            }

            roles[i] = role.Value;
        }

        if (roles.Length == 0)
        {
            _problems.Add($"{coordinate}: @{_directive}(roles: []) admits no one; leave roles out to require only an authenticated user.");
            valid = false;
            return null;
        }

        return roles;
    }
}
