using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Introspection;

public static partial class IntrospectionResolvers
{
    /// <summary>
    /// <c>__Type</c> (spec §4.2.2): each field answers only for the kinds it applies to and is null for the
    /// others, as the spec's per-kind field lists require.
    /// </summary>
    private static void AddTypeFields(ExecutableSchemaBuilder builder, PossibleTypes possibleTypes)
    {
        Add<GraphQLType>(builder, "__Type", "kind", type => KindName(type.Kind));
        Add<GraphQLType>(builder, "__Type", "name", type => (type as NamedType)?.Name);
        Add<GraphQLType>(builder, "__Type", "description", type => (type as NamedType)?.Description);
        Add<GraphQLType>(builder, "__Type", "specifiedByURL", type => (type as ScalarType)?.SpecifiedByUrl);
        Add<GraphQLType>(builder, "__Type", "fields", static (type, arguments) =>
            type is FieldsType fieldsType ? Filter(fieldsType.Fields, IncludeDeprecated(arguments), static f => f.IsDeprecated) : null);
        Add<GraphQLType>(builder, "__Type", "interfaces", type => (type as FieldsType)?.Interfaces);
        Add<GraphQLType>(builder, "__Type", "possibleTypes", type => type is NamedType { IsAbstractType: true } named ? possibleTypes.Of(named) : null);
        Add<GraphQLType>(builder, "__Type", "enumValues", static (type, arguments) =>
            type is EnumType enumType ? Filter(enumType.Values, IncludeDeprecated(arguments), static v => v.IsDeprecated) : null);
        Add<GraphQLType>(builder, "__Type", "inputFields", static (type, arguments) =>
            type is InputObjectType inputObject ? Filter(inputObject.Fields, IncludeDeprecated(arguments), static f => f.IsDeprecated) : null);
        Add<GraphQLType>(builder, "__Type", "ofType", type => type switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Add<GraphQLType>(builder, "__Type", "isOneOf", type => type is InputObjectType inputObject ? Box(inputObject.IsOneOf) : null);
    }

    /// <summary>The <c>__TypeKind</c> value of a kind.</summary>
    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        TypeKind.NonNull => "NON_NULL",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// The possible types of every abstract type, computed once: union members in their declared order,
    /// an interface's implementations in type-map order (as graphql-js lists them).
    /// </summary>
    private sealed class PossibleTypes
    {
        private readonly Dictionary<NamedType, ObjectType[]> _byType = new(ReferenceEqualityComparer.Instance);

        public PossibleTypes(Schema schema)
        {
            var implementations = new Dictionary<InterfaceType, List<ObjectType>>(ReferenceEqualityComparer.Instance);
            foreach (var type in schema.Types)
            {
                switch (type)
                {
                    case UnionType union:
                        _byType[union] = [.. union.Types];
                        break;
                    case InterfaceType iface:
                        implementations.TryAdd(iface, []);
                        break;
                }
            }

            foreach (var type in schema.Types)
            {
                if (type is ObjectType obj)
                {
                    foreach (var iface in implementations.Keys)
                    {
                        if (schema.IsPossibleType(iface, obj))
                        {
                            implementations[iface].Add(obj);
                        }
                    }
                }
            }

            foreach (var (iface, objects) in implementations)
            {
                _byType[iface] = [.. objects];
            }
        }

        public IReadOnlyList<ObjectType> Of(NamedType abstractType) => _byType.GetValueOrDefault(abstractType) ?? [];
    }
}
