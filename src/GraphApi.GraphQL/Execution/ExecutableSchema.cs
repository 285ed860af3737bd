using System.Collections.Concurrent;
using GraphApi.GraphQL.Execution.Authorization;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// A schema with everything execution needs: how each field resolves, the CLR types bound to object
/// types, scalar coercion and abstract type resolution. Immutable and thread-safe; build one with
/// <see cref="ExecutableSchemaBuilder"/> at startup.
/// </summary>
public sealed class ExecutableSchema
{
    private readonly Dictionary<FieldDefinition, FieldBinding> _bindings;
    private readonly Dictionary<ObjectType, Type> _clrTypes;
    private readonly Dictionary<NamedType, Func<object, ExecutableSchema, ObjectType?>> _typeResolvers;
    private readonly Dictionary<OperationType, object?> _rootValues;
    private readonly Dictionary<EnumType, EnumValueMap> _enums = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(NamedType Abstract, Type Clr), ObjectType?> _abstractTypeCache = new();

    internal ExecutableSchema(
        Schema schema,
        ScalarRegistry scalars,
        Dictionary<FieldDefinition, FieldBinding> bindings,
        Dictionary<ObjectType, Type> clrTypes,
        Dictionary<NamedType, Func<object, ExecutableSchema, ObjectType?>> typeResolvers,
        Dictionary<OperationType, object?> rootValues,
        SchemaAuthorization? authorization)
    {
        Schema = schema;
        Scalars = scalars;
        _bindings = bindings;
        _clrTypes = clrTypes;
        _typeResolvers = typeResolvers;
        _rootValues = rootValues;
        Authorization = authorization;
        foreach (var type in schema.Types)
        {
            if (type is EnumType enumType)
            {
                _enums[enumType] = new EnumValueMap(enumType);
            }
        }
    }

    public Schema Schema { get; }

    public ScalarRegistry Scalars { get; }

    /// <summary>The CLR type bound to <paramref name="type"/>, if any.</summary>
    public Type? GetClrType(ObjectType type) => _clrTypes.GetValueOrDefault(type);

    /// <summary>
    /// The object type bound to <paramref name="clrType"/> or to its nearest bound base class, among the
    /// possible types of <paramref name="abstractType"/> (all object types when it is null); null when
    /// there is none or more than one.
    /// </summary>
    public ObjectType? FindObjectType(Type clrType, NamedType? abstractType = null)
    {
        for (var t = clrType; t is not null; t = t.BaseType)
        {
            var found = FindBoundTo(t, abstractType, out var ambiguous);
            if (found is not null || ambiguous)
            {
                return found;
            }
        }

        foreach (var iface in clrType.GetInterfaces())
        {
            var found = FindBoundTo(iface, abstractType, out var ambiguous);
            if (found is not null || ambiguous)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The compiled authorization requirements; null when the schema declares none, so plans carry no checks.</summary>
    internal SchemaAuthorization? Authorization { get; }

    internal FieldBinding? GetBinding(FieldDefinition field) => _bindings.GetValueOrDefault(field);

    internal object? GetRootValue(OperationType operation) => _rootValues.GetValueOrDefault(operation);

    internal EnumValueMap GetEnumMap(EnumType type) => _enums[type];

    /// <summary>
    /// Spec §6.4.3 ResolveAbstractType: the registered ResolveType first, then the bound CLR types
    /// (cached per CLR type). Null when neither finds a possible type of <paramref name="abstractType"/>.
    /// </summary>
    internal ObjectType? ResolveAbstractType(NamedType abstractType, object value)
    {
        if (_typeResolvers.TryGetValue(abstractType, out var resolver) && resolver(value, this) is { } resolved)
        {
            return resolved;
        }

        return _abstractTypeCache.GetOrAdd((abstractType, value.GetType()), static (key, self) => self.FindObjectType(key.Clr, key.Abstract), this);
    }

    private ObjectType? FindBoundTo(Type clrType, NamedType? abstractType, out bool ambiguous)
    {
        ObjectType? found = null;
        ambiguous = false;
        foreach (var (objectType, bound) in _clrTypes)
        {
            if (bound == clrType && (abstractType is null || Schema.IsPossibleType(abstractType, objectType)))
            {
                if (found is not null)
                {
                    ambiguous = true;
                    return null;
                }

                found = objectType;
            }
        }

        return found;
    }
}
