using System.Collections.ObjectModel;
using GraphApi.GraphQL.Execution.Authorization;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Execution.Values;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Plan;

/// <summary>How a planned field gets its value.</summary>
internal enum FieldKind
{
    /// <summary>An explicit resolver, called with a resolver context.</summary>
    Resolver,

    /// <summary>A compiled property read (default resolution).</summary>
    Getter,

    /// <summary><c>__typename</c> (spec §4.1): the parent object type's name.</summary>
    TypeName,

    /// <summary><c>__schema</c> on the query root (spec §4.2): the schema.</summary>
    Schema,

    /// <summary><c>__type(name:)</c> on the query root (spec §4.2): the named type, or null.</summary>
    Type,
}

/// <summary>
/// One entry of a collected fields map (spec §6.3.2): a response key, the field nodes selected under it,
/// and everything about the field that does not change between requests — its definition, how it
/// resolves, how its leaf values serialize, its arguments when they use no variables, and (built on
/// first use) the plans of its sub-selections per runtime object type.
/// </summary>
internal sealed class FieldPlan : ISelectedField
{
    public static readonly IReadOnlyDictionary<string, object?> NoArguments = ReadOnlyDictionary<string, object?>.Empty;

    private readonly PlanVariant _variant;
    private readonly bool _argumentsUseVariables;
    private object? _staticArguments; // the coerced literal arguments, or the FieldErrorException coercing them raised
    private SelectionSetPlan[] _subPlans = [];

    public FieldPlan(PlanVariant variant, ObjectType parentType, string responseKey, FieldNode[] nodes, FieldDefinition definition, FieldKind kind, FieldBinding? binding, AuthorizationRequirement? authorization)
    {
        _variant = variant;
        ParentType = parentType;
        ResponseKey = responseKey;
        Nodes = nodes;
        Definition = definition;
        Kind = kind;
        Resolver = binding?.Resolver;
        Getter = binding?.Getter;
        Subscribe = binding?.Subscribe;
        Authorization = authorization;
        Type = definition.Type;
        Coordinate = parentType.Name + "." + definition.Name;
        var executable = variant.Operation.Schema;
        switch (Type.Named)
        {
            case ScalarType scalar:
                Scalar = executable.Scalars.Get(scalar.Name);
                break;
            case EnumType enumType:
                Enum = executable.GetEnumMap(enumType);
                break;
        }

        IsNonNull = Type.IsNonNull;
        MayBeAwaitable = binding?.MayBeAwaitable ?? true;
        if (kind == FieldKind.Getter && !MayBeAwaitable && Type.Nullable is ScalarType or EnumType)
        {
            DirectLeafType = (NamedType)Type.Nullable;
        }

        _argumentsUseVariables = UsesVariables(nodes[0].Arguments);
        if (definition.Arguments.Count == 0)
        {
            _staticArguments = NoArguments;
        }
    }

    public string ResponseKey { get; }

    public ObjectType ParentType { get; }

    public FieldDefinition Definition { get; }

    FieldDefinition ISelectedField.Field => Definition;

    IReadOnlyList<FieldNode> ISelectedField.Nodes => Nodes;

    public GraphQLType Type { get; }

    public bool IsNonNull { get; }

    /// <summary>False when the getter's value is never a task (<see cref="FieldBinding.MayBeAwaitable"/>).</summary>
    public bool MayBeAwaitable { get; }

    /// <summary>
    /// The scalar or enum type of a field read by a getter whose value is never a task: its value completes
    /// as a leaf right away, without the checks of the general CompleteValue. Null for other fields.
    /// </summary>
    public NamedType? DirectLeafType { get; }

    /// <summary>The field nodes of the field set, in document order (error locations list them all).</summary>
    public FieldNode[] Nodes { get; }

    public FieldKind Kind { get; }

    public FieldResolver? Resolver { get; }

    public FieldGetter? Getter { get; }

    public SubscribeResolver? Subscribe { get; }

    /// <summary>What resolving the field requires; null when nothing, and the executor then checks nothing.</summary>
    public AuthorizationRequirement? Authorization { get; }

    /// <summary>The coercer of the field's scalar type, when its named type is a scalar.</summary>
    public ScalarCoercer? Scalar { get; }

    /// <summary>The value map of the field's enum type, when its named type is an enum.</summary>
    public EnumValueMap? Enum { get; }

    /// <summary><c>Type.field</c>, as error messages name the field.</summary>
    public string Coordinate { get; }

    /// <summary>
    /// Spec §6.4.1 CoerceArgumentValues. Arguments written as literals are coerced once per plan; a
    /// coercion failure is a field error, raised again on every execution.
    /// </summary>
    /// <exception cref="FieldErrorException">An argument cannot be coerced.</exception>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (_argumentsUseVariables)
        {
            return Coerce(variables);
        }

        var cached = Volatile.Read(ref _staticArguments);
        if (cached is null)
        {
            try
            {
                cached = Coerce(NoArguments);
            }
            catch (FieldErrorException e)
            {
                cached = e;
            }

            Volatile.Write(ref _staticArguments, cached);
        }

        return cached as IReadOnlyDictionary<string, object?> ?? throw (FieldErrorException)cached;
    }

    /// <summary>The collected sub-fields (spec §6.3.2 CollectSubfields) of this field set for the runtime type <paramref name="type"/>.</summary>
    public SelectionSetPlan GetSubPlan(ObjectType type)
    {
        var plans = Volatile.Read(ref _subPlans);
        foreach (var plan in plans)
        {
            if (ReferenceEquals(plan.Type, type))
            {
                return plan;
            }
        }

        var compiled = FieldCollector.CollectSubfields(_variant, type, Nodes);
        while (true)
        {
            var extended = new SelectionSetPlan[plans.Length + 1];
            plans.CopyTo(extended, 0);
            extended[^1] = compiled;
            var seen = Interlocked.CompareExchange(ref _subPlans, extended, plans);
            if (ReferenceEquals(seen, plans))
            {
                return compiled;
            }

            // Another request added a plan meanwhile: use its plan for this type if it made one.
            plans = seen;
            foreach (var plan in plans)
            {
                if (ReferenceEquals(plan.Type, type))
                {
                    return plan;
                }
            }
        }
    }

    public IReadOnlyList<ISelectedField> SelectionsOn(ObjectType type) =>
        Type.Named.IsCompositeType ? GetSubPlan(type).Fields : [];

    private IReadOnlyDictionary<string, object?> Coerce(IReadOnlyDictionary<string, object?> variables) =>
        ArgumentCoercion.Coerce(Definition, Nodes[0].Arguments, variables, _variant.Operation.Schema.Scalars);

    private static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (UsesVariables(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    if (UsesVariables(item))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (UsesVariables(field.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
