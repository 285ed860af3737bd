using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// A GraphQL schema (spec §3.3): its types, directives and root operation types. Immutable once built;
/// build one with <c>SchemaBuilder</c>. Possible types of abstract types are computed once here, since
/// validation and execution ask for them on every fragment.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<NamedType, HashSet<ObjectType>> _possibleTypes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<InterfaceType, List<InterfaceType>> _interfaceImplementations = new(ReferenceEqualityComparer.Instance);
    private FieldDefinition? _typeNameField;
    private FieldDefinition? _schemaField;
    private FieldDefinition? _typeField;

    internal Schema(
        NameMap<NamedType> types,
        NameMap<DirectiveDefinition> directives,
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        string? description,
        IReadOnlyList<DirectiveNode> appliedDirectives,
        SchemaDefinitionNode? astNode,
        IReadOnlyList<SchemaExtensionNode> extensionAstNodes)
    {
        Types = types;
        Directives = directives;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        AppliedDirectives = appliedDirectives;
        AstNode = astNode;
        ExtensionAstNodes = extensionAstNodes;

        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = new HashSet<ObjectType>(union.Types, ReferenceEqualityComparer.Instance);
                    break;
                case FieldsType fieldsType:
                    foreach (var iface in fieldsType.Interfaces)
                    {
                        if (fieldsType is ObjectType obj)
                        {
                            if (!_possibleTypes.TryGetValue(iface, out var set))
                            {
                                _possibleTypes[iface] = set = new HashSet<ObjectType>(ReferenceEqualityComparer.Instance);
                            }

                            set.Add(obj);
                        }
                        else if (fieldsType is InterfaceType sub)
                        {
                            if (!_interfaceImplementations.TryGetValue(iface, out var list))
                            {
                                _interfaceImplementations[iface] = list = [];
                            }

                            list.Add(sub);
                        }
                    }

                    break;
            }
        }
    }

    public string? Description { get; }

    /// <summary>Every named type, including the built-in scalars in use and the introspection types.</summary>
    public NameMap<NamedType> Types { get; }

    public NameMap<DirectiveDefinition> Directives { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    public SchemaDefinitionNode? AstNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; }

    public NamedType? GetType(string name) => Types[name];

    public DirectiveDefinition? GetDirective(string name) => Directives[name];

    /// <summary>The root type for an operation type, or null if the schema does not support it (spec §3.3.1).</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types an abstract type may be at run time (spec §3.7, §3.8). An object type's only possible type is itself.</summary>
    public IReadOnlyCollection<ObjectType> GetPossibleTypes(NamedType type) => type switch
    {
        ObjectType obj => [obj],
        _ when _possibleTypes.TryGetValue(type, out var set) => set,
        _ => [],
    };

    /// <summary>True if <paramref name="objectType"/> is a possible type of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        ReferenceEquals(abstractType, objectType)
        || (_possibleTypes.TryGetValue(abstractType, out var set) && set.Contains(objectType));

    /// <summary>
    /// True if <paramref name="maybeSubType"/> is an object or interface that is a member of
    /// <paramref name="abstractType"/> (a union member, or an implementation of the interface).
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        if (maybeSubType is ObjectType obj)
        {
            return IsPossibleType(abstractType, obj);
        }

        return abstractType is InterfaceType iface
            && maybeSubType is InterfaceType sub
            && _interfaceImplementations.TryGetValue(iface, out var list)
            && list.Contains(sub);
    }

    /// <summary>
    /// The meta-field <c>__typename: String!</c>, valid on every composite type (spec §4.1 Type Name Introspection).
    /// </summary>
    public FieldDefinition TypeNameMetaField => _typeNameField ??= new FieldDefinition(
        "__typename", new NonNullType(Types[BuiltInScalars.String] ?? new ScalarType(BuiltInScalars.String)))
    {
        Description = "The name of the current Object type at runtime.",
    };

    /// <summary>The meta-field <c>__schema: __Schema!</c> on the query root (spec §4.2); null if the schema lacks introspection types.</summary>
    public FieldDefinition? SchemaMetaField => _schemaField ??= Types["__Schema"] is { } t
        ? new FieldDefinition("__schema", new NonNullType(t)) { Description = "Access the current type schema of this server." }
        : null;

    /// <summary>The meta-field <c>__type(name: String!): __Type</c> on the query root (spec §4.2).</summary>
    public FieldDefinition? TypeMetaField => _typeField ??= Types["__Type"] is { } t
        ? new FieldDefinition("__type", t)
        {
            Description = "Request the type information of a single type.",
            Arguments = new NameMap<InputValueDefinition>(
            [
                new InputValueDefinition("name", new NonNullType(Types[BuiltInScalars.String] ?? new ScalarType(BuiltInScalars.String))),
            ]),
        }
        : null;

    /// <summary>
    /// The definition of field <paramref name="name"/> on <paramref name="parentType"/>, including the
    /// meta-fields: <c>__typename</c> on any composite type, <c>__schema</c> and <c>__type</c> on the query root.
    /// </summary>
    public FieldDefinition? GetFieldDefinition(NamedType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename" && parentType.IsCompositeType)
            {
                return TypeNameMetaField;
            }

            if (ReferenceEquals(parentType, QueryType))
            {
                if (name == "__schema")
                {
                    return SchemaMetaField;
                }

                if (name == "__type")
                {
                    return TypeMetaField;
                }
            }
        }

        return parentType is FieldsType ft ? ft.Fields[name] : null;
    }

    /// <summary>The interfaces that declare they implement <paramref name="iface"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType iface) =>
        _interfaceImplementations.TryGetValue(iface, out var list) ? list : [];

    /// <summary>
    /// Two composite types overlap when some object type is possible in both (spec §5.5.2.3 Fragment Spread
    /// Is Possible, and the "GetPossibleTypes" intersection it describes).
    /// </summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
            {
                foreach (var t in GetPossibleTypes(a))
                {
                    if (IsPossibleType(b, t))
                    {
                        return true;
                    }
                }

                return false;
            }

            return b is ObjectType bo && IsPossibleType(a, bo);
        }

        return b.IsAbstractType && a is ObjectType ao && IsPossibleType(b, ao);
    }
}
