using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

public static partial class SchemaBuilder
{
    private sealed partial class Builder
    {
        private static NamedType CreateType(TypeDefinitionNode node)
        {
            var description = node.Description?.Value;
            var name = node.Name.Value;
            return node switch
            {
                ScalarTypeDefinitionNode => new ScalarType(name, description),
                ObjectTypeDefinitionNode => new ObjectType(name, description),
                InterfaceTypeDefinitionNode => new InterfaceType(name, description),
                UnionTypeDefinitionNode => new UnionType(name, description),
                EnumTypeDefinitionNode => new EnumType(name, description),
                InputObjectTypeDefinitionNode => new InputObjectType(name, description),
                _ => throw new ArgumentOutOfRangeException(nameof(node)),
            };
        }

        /// <summary>Fills a created type from its definition and extensions, in source order.</summary>
        private void FillType(NamedType type, TypeDefinitionNode definition, IReadOnlyList<TypeExtensionNode> extensions)
        {
            type.AstNode = definition;
            type.ExtensionAstNodes = extensions;
            type.AppliedDirectives = Concat(definition.Directives, extensions, static e => e.Directives);

            foreach (var extension in extensions)
            {
                if (!IsSameKind(definition, extension))
                {
                    throw BuildError($"Cannot extend non-{KindName(definition)} type \"{type.Name}\".", extension, _document);
                }
            }

            switch (type)
            {
                case ScalarType scalar:
                    scalar.SpecifiedByUrl = ReadStringArgument(type.AppliedDirectives, "specifiedBy", "url");
                    break;

                case ObjectType obj:
                {
                    var node = (ObjectTypeDefinitionNode)definition;
                    obj.Interfaces = BuildInterfaces(Concat(node.Interfaces, extensions, static e => ((ObjectTypeExtensionNode)e).Interfaces));
                    obj.Fields = BuildFields(obj, Concat(node.Fields, extensions, static e => ((ObjectTypeExtensionNode)e).Fields));
                    break;
                }

                case InterfaceType iface:
                {
                    var node = (InterfaceTypeDefinitionNode)definition;
                    iface.Interfaces = BuildInterfaces(Concat(node.Interfaces, extensions, static e => ((InterfaceTypeExtensionNode)e).Interfaces));
                    iface.Fields = BuildFields(iface, Concat(node.Fields, extensions, static e => ((InterfaceTypeExtensionNode)e).Fields));
                    break;
                }

                case UnionType union:
                {
                    var node = (UnionTypeDefinitionNode)definition;
                    var members = Concat(node.Types, extensions, static e => ((UnionTypeExtensionNode)e).Types);
                    union.Types = members
                        .Select(m => ResolveNamed(m) as ObjectType
                            ?? throw BuildError($"Union \"{union.Name}\" can only include object types, and \"{m.Name.Value}\" is not one.", m, _document))
                        .ToArray();
                    break;
                }

                case EnumType enumType:
                {
                    var node = (EnumTypeDefinitionNode)definition;
                    enumType.Values = new NameMap<EnumValueDefinition>(
                        Concat(node.Values, extensions, static e => ((EnumTypeExtensionNode)e).Values).Select(v => new EnumValueDefinition(v.Name.Value)
                        {
                            Description = v.Description?.Value,
                            DeprecationReason = ReadDeprecation(v.Directives),
                            AppliedDirectives = v.Directives,
                            AstNode = v,
                        }));
                    break;
                }

                case InputObjectType input:
                {
                    var node = (InputObjectTypeDefinitionNode)definition;
                    input.Fields = BuildInputValues(Concat(node.Fields, extensions, static e => ((InputObjectTypeExtensionNode)e).Fields));
                    input.IsOneOf = HasDirective(type.AppliedDirectives, "oneOf");
                    break;
                }
            }
        }

        private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
        {
            var locations = new List<DirectiveLocation>(node.Locations.Count);
            foreach (var location in node.Locations)
            {
                if (!DirectiveLocations.TryParse(location.Value, out var parsed))
                {
                    throw BuildError($"Unknown directive location \"{location.Value}\".", location, _document);
                }

                locations.Add(parsed);
            }

            return new DirectiveDefinition(node.Name.Value)
            {
                Description = node.Description?.Value,
                Arguments = BuildInputValues(node.Arguments),
                Locations = locations,
                IsRepeatable = node.Repeatable,
                AstNode = node,
                IsBuiltIn = _builtInNames.Contains("@" + node.Name.Value),
            };
        }

        private IReadOnlyList<InterfaceType> BuildInterfaces(IReadOnlyList<NamedTypeNode> nodes)
        {
            var result = new InterfaceType[nodes.Count];
            for (int i = 0; i < nodes.Count; i++)
            {
                result[i] = ResolveNamed(nodes[i]) as InterfaceType
                    ?? throw BuildError($"Type \"{nodes[i].Name.Value}\" is not an interface and cannot be implemented.", nodes[i], _document);
            }

            return result;
        }

        private NameMap<FieldDefinition> BuildFields(FieldsType owner, IReadOnlyList<FieldDefinitionNode> nodes)
        {
            var fields = new FieldDefinition[nodes.Count];
            for (int i = 0; i < nodes.Count; i++)
            {
                var node = nodes[i];
                fields[i] = new FieldDefinition(node.Name.Value, ResolveType(node.Type))
                {
                    Description = node.Description?.Value,
                    Arguments = BuildInputValues(node.Arguments),
                    DeprecationReason = ReadDeprecation(node.Directives),
                    AppliedDirectives = node.Directives,
                    AstNode = node,
                    DeclaringType = owner,
                };
            }

            return new NameMap<FieldDefinition>(fields);
        }

        private NameMap<InputValueDefinition> BuildInputValues(IReadOnlyList<InputValueDefinitionNode> nodes)
        {
            if (nodes.Count == 0)
            {
                return NameMap<InputValueDefinition>.Empty;
            }

            var values = new InputValueDefinition[nodes.Count];
            for (int i = 0; i < nodes.Count; i++)
            {
                var node = nodes[i];
                values[i] = new InputValueDefinition(node.Name.Value, ResolveType(node.Type))
                {
                    Description = node.Description?.Value,
                    DefaultValue = node.DefaultValue,
                    DeprecationReason = ReadDeprecation(node.Directives),
                    AppliedDirectives = node.Directives,
                    AstNode = node,
                };
            }

            return new NameMap<InputValueDefinition>(values);
        }

        private GraphQLType ResolveType(TypeNode node) => node switch
        {
            NamedTypeNode named => ResolveNamed(named),
            ListTypeNode list => new ListType(ResolveType(list.Type)),
            NonNullTypeNode nonNull => new NonNullType(ResolveType(nonNull.Type)),
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };

        private NamedType ResolveNamed(NamedTypeNode node) =>
            _types.GetValueOrDefault(node.Name.Value)
            ?? throw BuildError($"Unknown type \"{node.Name.Value}\".", node, _document);

        private static bool IsSameKind(TypeDefinitionNode definition, TypeExtensionNode extension) => (definition, extension) switch
        {
            (ScalarTypeDefinitionNode, ScalarTypeExtensionNode) => true,
            (ObjectTypeDefinitionNode, ObjectTypeExtensionNode) => true,
            (InterfaceTypeDefinitionNode, InterfaceTypeExtensionNode) => true,
            (UnionTypeDefinitionNode, UnionTypeExtensionNode) => true,
            (EnumTypeDefinitionNode, EnumTypeExtensionNode) => true,
            (InputObjectTypeDefinitionNode, InputObjectTypeExtensionNode) => true,
            _ => false,
        };

        private static string KindName(TypeDefinitionNode definition) => definition switch
        {
            ScalarTypeDefinitionNode => "scalar",
            ObjectTypeDefinitionNode => "object",
            InterfaceTypeDefinitionNode => "interface",
            UnionTypeDefinitionNode => "union",
            EnumTypeDefinitionNode => "enum",
            _ => "input object",
        };

        private static IReadOnlyList<T> Concat<T>(
            IReadOnlyList<T> first,
            IReadOnlyList<TypeExtensionNode> extensions,
            Func<TypeExtensionNode, IReadOnlyList<T>> select)
        {
            if (extensions.Count == 0)
            {
                return first;
            }

            var list = new List<T>(first);
            foreach (var extension in extensions)
            {
                list.AddRange(select(extension));
            }

            return list;
        }
    }
}
