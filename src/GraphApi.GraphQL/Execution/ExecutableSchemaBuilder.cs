using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Execution.Introspection;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Binds a schema written in SDL to the code that produces its data, then checks at startup that every
/// field can be resolved (<see cref="Build"/>). A field of an object type is resolved, in this order, by:
/// an explicit resolver registered for it (<see cref="Resolve(string, string, FieldResolver)"/>); one
/// registered for the same field of an interface the type implements; or the same-named public property
/// of the CLR type bound to the object type (<see cref="BindType{T}"/>), read through a delegate compiled
/// once. The root fields <c>__schema</c> and <c>__type</c> resolve to the <see cref="Types.Schema"/> and
/// to a <see cref="NamedType"/>, which are the parents the introspection types' resolvers receive.
/// </summary>
public sealed partial class ExecutableSchemaBuilder
{
    private readonly Dictionary<string, Type> _clrTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Field), Registration> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), SubscribeResolver> _subscribers = [];
    private readonly Dictionary<string, Func<object, ExecutableSchema, ObjectType?>> _typeResolvers = new(StringComparer.Ordinal);
    private readonly List<string> _registrationProblems = [];
    private readonly ScalarRegistry _scalars = ScalarRegistry.CreateDefault();
    private object? _rootValue;

    public ExecutableSchemaBuilder(Schema schema)
    {
        Schema = schema;
        IntrospectionResolvers.AddTo(this);
    }

    public Schema Schema { get; }

    /// <summary>
    /// Makes <typeparamref name="T"/> the CLR type of the object type <paramref name="typeName"/>: its fields
    /// without a resolver read the same-named property (first letter in either case: <c>name</c> reads
    /// <c>Name</c>), and values of <typeparamref name="T"/> resolve abstract types to it.
    /// </summary>
    public ExecutableSchemaBuilder BindType<T>(string typeName) => BindType(typeName, typeof(T));

    /// <inheritdoc cref="BindType{T}(string)"/>
    public ExecutableSchemaBuilder BindType(string typeName, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        if (Schema.GetType(typeName) is not ObjectType)
        {
            _registrationProblems.Add($"BindType<{ClrTypeNames.Display(clrType)}>(\"{typeName}\"): the schema has no object type named \"{typeName}\".");
        }
        else if (!_clrTypes.TryAdd(typeName, clrType))
        {
            _registrationProblems.Add($"BindType<{ClrTypeNames.Display(clrType)}>(\"{typeName}\"): {typeName} is already bound to {ClrTypeNames.Display(_clrTypes[typeName])}.");
        }

        return this;
    }

    /// <summary>Registers the resolver of a field of an object type, or of an interface field (used by implementations that have none).</summary>
    public ExecutableSchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return AddResolver(typeName, fieldName, new Registration(resolver, null));
    }

    /// <summary>Registers a synchronous resolver.</summary>
    public ExecutableSchemaBuilder Resolve(string typeName, string fieldName, Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return AddResolver(typeName, fieldName, new Registration(context => new ValueTask<object?>(resolver(context)), null));
    }

    /// <summary>Registers a resolver that receives its parent as <typeparamref name="TParent"/>; the startup check verifies the type's bound CLR type is one.</summary>
    public ExecutableSchemaBuilder Resolve<TParent>(string typeName, string fieldName, Func<TParent, IResolverContext, ValueTask<object?>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return AddResolver(typeName, fieldName, new Registration(context => resolver(context.ParentAs<TParent>(), context), typeof(TParent)));
    }

    /// <summary>Registers a synchronous resolver that receives its parent as <typeparamref name="TParent"/>.</summary>
    public ExecutableSchemaBuilder Resolve<TParent>(string typeName, string fieldName, Func<TParent, IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return AddResolver(
            typeName,
            fieldName,
            new Registration(context => new ValueTask<object?>(resolver(context.ParentAs<TParent>(), context)), typeof(TParent)));
    }

    /// <summary>
    /// Registers a resolver that needs nothing but its parent and never returns a task, such as those of
    /// the introspection types. It is bound like a property read: called without a resolver context, which
    /// saves allocating one per call, and its value is completed without looking for a task in it.
    /// </summary>
    internal ExecutableSchemaBuilder ResolveFromParent<TParent>(string typeName, string fieldName, Func<TParent, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var coordinate = typeName + "." + fieldName;
        return AddResolver(typeName, fieldName, new Registration(null, typeof(TParent), (parent, _) => resolver(ParentOf<TParent>(parent, coordinate))));
    }

    /// <summary>A resolver of the parent and the coerced arguments alone; see <see cref="ResolveFromParent{TParent}(string, string, Func{TParent, object?})"/>.</summary>
    internal ExecutableSchemaBuilder ResolveFromParent<TParent>(string typeName, string fieldName, Func<TParent, IReadOnlyDictionary<string, object?>, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var coordinate = typeName + "." + fieldName;
        return AddResolver(
            typeName,
            fieldName,
            new Registration(null, typeof(TParent), (parent, arguments) => resolver(ParentOf<TParent>(parent, coordinate), arguments)));
    }

    /// <summary>
    /// Registers the source event stream of a subscription root field (spec §6.2.3.1 ResolveFieldEventStream).
    /// Each event becomes the field's value, unless the field also has a resolver, which then receives the
    /// event as its parent.
    /// </summary>
    public ExecutableSchemaBuilder Subscribe(string typeName, string fieldName, SubscribeResolver subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        if (!ReferenceEquals(Schema.GetType(typeName), Schema.SubscriptionType) || Schema.SubscriptionType is null)
        {
            _registrationProblems.Add($"Subscribe(\"{typeName}\", \"{fieldName}\"): {typeName} is not the subscription root type.");
        }
        else if (Schema.SubscriptionType.Fields[fieldName] is null)
        {
            _registrationProblems.Add($"Subscribe(\"{typeName}\", \"{fieldName}\"): {typeName} has no field \"{fieldName}\".");
        }
        else if (!_subscribers.TryAdd((typeName, fieldName), subscribe))
        {
            _registrationProblems.Add($"Subscribe(\"{typeName}\", \"{fieldName}\"): registered twice.");
        }

        return this;
    }

    /// <summary>Registers a typed source event stream; see <see cref="Subscribe(string, string, SubscribeResolver)"/>.</summary>
    public ExecutableSchemaBuilder Subscribe<TEvent>(string typeName, string fieldName, Func<IResolverContext, IAsyncEnumerable<TEvent>> subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        return Subscribe(typeName, fieldName, context => new ValueTask<IAsyncEnumerable<object?>>(AsObjects(subscribe(context))));
    }

    /// <summary>Adds or replaces the coercion of a scalar (a custom scalar, or a built-in one).</summary>
    public ExecutableSchemaBuilder AddScalar(ScalarCoercer coercer)
    {
        ArgumentNullException.ThrowIfNull(coercer);
        if (Schema.GetType(coercer.Name) is not ScalarType)
        {
            _registrationProblems.Add($"AddScalar(\"{coercer.Name}\"): the schema has no scalar type named \"{coercer.Name}\".");
        }

        _scalars.Add(coercer);
        return this;
    }

    /// <summary>
    /// Registers how values of an interface or union resolve to an object type (spec §6.4.3
    /// ResolveAbstractType), for values whose CLR type is not bound. Returning null falls back to the bound
    /// CLR types.
    /// </summary>
    public ExecutableSchemaBuilder ResolveType(string abstractTypeName, Func<object, ExecutableSchema, ObjectType?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (Schema.GetType(abstractTypeName) is not { IsAbstractType: true })
        {
            _registrationProblems.Add($"ResolveType(\"{abstractTypeName}\"): the schema has no interface or union named \"{abstractTypeName}\".");
        }
        else if (!_typeResolvers.TryAdd(abstractTypeName, resolver))
        {
            _registrationProblems.Add($"ResolveType(\"{abstractTypeName}\"): registered twice.");
        }

        return this;
    }

    /// <summary>
    /// The initial value of every operation (spec §6 Execution, initialValue): the parent of root fields.
    /// Without one, a root type bound to a CLR type with a public parameterless constructor gets one
    /// instance of it, created at <see cref="Build"/>.
    /// </summary>
    public ExecutableSchemaBuilder RootValue(object? value)
    {
        _rootValue = value;
        return this;
    }

    private ExecutableSchemaBuilder AddResolver(string typeName, string fieldName, Registration registration)
    {
        var call = $"Resolve(\"{typeName}\", \"{fieldName}\")";
        if (Schema.GetType(typeName) is not FieldsType type)
        {
            _registrationProblems.Add($"{call}: the schema has no object or interface type named \"{typeName}\".");
        }
        else if (type.Fields[fieldName] is null)
        {
            _registrationProblems.Add($"{call}: {typeName} has no field \"{fieldName}\".");
        }
        else if (!_resolvers.TryAdd((typeName, fieldName), registration))
        {
            _registrationProblems.Add($"{call}: registered twice.");
        }

        return this;
    }

    /// <summary>The parent as a typed resolver expects it, as <see cref="IResolverContext.ParentAs{T}"/> gives it.</summary>
    private static TParent ParentOf<TParent>(object? parent, string coordinate) =>
        parent is TParent typed ? typed
        : parent is null && default(TParent) is null ? default!
        : throw ResolverContext.ParentMismatch(coordinate, typeof(TParent), parent);

    private static async IAsyncEnumerable<object?> AsObjects<TEvent>(
        IAsyncEnumerable<TEvent> source,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>
    /// A registered resolver, or a getter (a resolver of the parent alone); <see cref="ParentType"/> is the
    /// CLR parent type a typed resolver expects.
    /// </summary>
    private sealed record Registration(FieldResolver? Resolver, Type? ParentType, FieldGetter? Getter = null);
}
