using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Introspection;

/// <summary>
/// Binds the fields of the introspection types (spec §4.2 Schema Introspection) to the schema model: the
/// parent of a <c>__Schema</c> field is the <see cref="Schema"/>, of <c>__Type</c> a <see cref="GraphQLType"/>
/// (named or wrapping), of <c>__Field</c> a <see cref="FieldDefinition"/>, of <c>__InputValue</c> an
/// <see cref="InputValueDefinition"/>, of <c>__EnumValue</c> an <see cref="EnumValueDefinition"/> and of
/// <c>__Directive</c> a <see cref="DirectiveDefinition"/>. The executor resolves the meta-fields
/// <c>__schema</c>, <c>__type</c> and <c>__typename</c> to those parents itself. Lists come out in
/// definition order (spec §4.2 Stable Ordering), types in the schema's type-map order.
/// </summary>
public static partial class IntrospectionResolvers
{
    // Shared boxes, so that boolean fields allocate nothing.
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>Registers the resolvers of every introspection type field with <paramref name="builder"/>.</summary>
    public static void AddTo(ExecutableSchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var schema = builder.Schema;
        if (schema.GetType("__Schema") is null)
        {
            return; // a schema built without the introspection types has nothing to bind
        }

        AddSchemaFields(builder);
        AddTypeFields(builder, new PossibleTypes(schema));
        AddFieldFields(builder);
        AddInputValueFields(builder);
        AddEnumValueFields(builder);
        AddDirectiveFields(builder);
    }

    private static void AddSchemaFields(ExecutableSchemaBuilder builder)
    {
        Add<Schema>(builder, "__Schema", "description", schema => schema.Description);
        Add<Schema>(builder, "__Schema", "types", schema => schema.Types);
        Add<Schema>(builder, "__Schema", "queryType", schema => schema.QueryType);
        Add<Schema>(builder, "__Schema", "mutationType", schema => schema.MutationType);
        Add<Schema>(builder, "__Schema", "subscriptionType", schema => schema.SubscriptionType);
        Add<Schema>(builder, "__Schema", "directives", schema => schema.Directives);
    }

    /// <summary>Registers a resolver of the parent alone, read as <typeparamref name="TParent"/>.</summary>
    private static void Add<TParent>(ExecutableSchemaBuilder builder, string type, string field, Func<TParent, object?> resolve) =>
        builder.ResolveFromParent(type, field, resolve);

    /// <summary>Registers a resolver of the parent and the field's arguments alone.</summary>
    private static void Add<TParent>(ExecutableSchemaBuilder builder, string type, string field, Func<TParent, IReadOnlyDictionary<string, object?>, object?> resolve) =>
        builder.ResolveFromParent(type, field, resolve);

    private static object Box(bool value) => value ? True : False;

    /// <summary>The <c>includeDeprecated</c> argument (spec §4.2.3): false unless given as true.</summary>
    private static bool IncludeDeprecated(IReadOnlyDictionary<string, object?> arguments) =>
        arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    /// <summary>
    /// The elements of <paramref name="all"/>, without the deprecated ones unless <paramref name="includeDeprecated"/>;
    /// the list itself when nothing is left out, so that the common case allocates nothing.
    /// </summary>
    private static IReadOnlyList<T> Filter<T>(NameMap<T> all, bool includeDeprecated, Func<T, bool> isDeprecated)
        where T : class, INamedElement
    {
        if (includeDeprecated)
        {
            return all;
        }

        List<T>? kept = null;
        for (int i = 0; i < all.Count; i++)
        {
            if (isDeprecated(all[i]))
            {
                if (kept is null)
                {
                    kept = new List<T>(all.Count - 1);
                    for (int j = 0; j < i; j++)
                    {
                        kept.Add(all[j]);
                    }
                }
            }
            else
            {
                kept?.Add(all[i]);
            }
        }

        return kept ?? (IReadOnlyList<T>)all;
    }
}
