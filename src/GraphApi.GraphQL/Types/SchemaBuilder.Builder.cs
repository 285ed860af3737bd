using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

public static partial class SchemaBuilder
{
    /// <summary>One build: collects definitions and extensions by name, creates the types, then fills them in.</summary>
    private sealed partial class Builder
    {
        private readonly DocumentNode _document;
        private readonly Dictionary<string, TypeDefinitionNode> _typeDefinitions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveDefinitionNode> _directiveDefinitions = new(StringComparer.Ordinal);
        private readonly List<string> _typeOrder = [];
        private readonly List<string> _directiveOrder = [];
        private readonly List<string> _builtInTypeOrder = [];
        private readonly HashSet<string> _builtInNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
        private readonly List<NamedType> _orderedTypes = [];
        private readonly HashSet<NamedType> _placed = new(ReferenceEqualityComparer.Instance);
        private SchemaDefinitionNode? _schemaDefinition;
        private readonly List<SchemaExtensionNode> _schemaExtensions = [];

        public Builder(DocumentNode document)
        {
            _document = document;
        }

        public Schema Build()
        {
            Collect();
            foreach (var name in _typeOrder.Concat(_builtInTypeOrder))
            {
                _types[name] = CreateType(_typeDefinitions[name]);
            }

            foreach (var name in _typeOrder.Concat(_builtInTypeOrder))
            {
                FillType(_types[name], _typeDefinitions[name], _typeExtensions.GetValueOrDefault(name) ?? []);
            }

            var directives = _directiveOrder.Select(n => BuildDirective(_directiveDefinitions[n])).ToList();
            var (query, mutation, subscription) = ResolveRootTypes();

            // The type map's order follows graphql-js, so introspection lists types the way JavaScript tools
            // expect: user types in document order, each followed by the built-in scalars it first uses, then
            // scalars used only by directives, then those introspection needs, then the introspection types.
            foreach (var name in _typeOrder)
            {
                Place(_types[name]);
            }

            foreach (var directive in directives)
            {
                foreach (var arg in directive.Arguments)
                {
                    PlaceIfBuiltInScalar(arg.Type.Named);
                }
            }

            PlaceIfBuiltInScalar(_types["String"]);
            PlaceIfBuiltInScalar(_types["Boolean"]);
            foreach (var name in _builtInTypeOrder)
            {
                if (name.StartsWith("__", StringComparison.Ordinal))
                {
                    _orderedTypes.Add(_types[name]);
                }
            }

            return new Schema(
                new NameMap<NamedType>(_orderedTypes),
                new NameMap<DirectiveDefinition>(directives),
                query,
                mutation,
                subscription,
                _schemaDefinition?.Description?.Value,
                _schemaDefinition is null
                    ? _schemaExtensions.SelectMany(e => e.Directives).ToArray()
                    : _schemaDefinition.Directives.Concat(_schemaExtensions.SelectMany(e => e.Directives)).ToArray(),
                _schemaDefinition,
                _schemaExtensions);
        }

        private void Collect()
        {
            foreach (var definition in _document.Definitions)
            {
                switch (definition)
                {
                    case TypeDefinitionNode typeDefinition:
                        // A redefinition of a built-in scalar keeps the built-in (as graphql-js does); duplicate
                        // names are reported by the SDL validator, the first definition wins here.
                        if (!BuiltInScalars.IsBuiltIn(typeDefinition.Name.Value)
                            && _typeDefinitions.TryAdd(typeDefinition.Name.Value, typeDefinition))
                        {
                            _typeOrder.Add(typeDefinition.Name.Value);
                        }

                        break;
                    case TypeExtensionNode extension:
                        if (!_typeExtensions.TryGetValue(extension.Name.Value, out var list))
                        {
                            _typeExtensions[extension.Name.Value] = list = [];
                        }

                        list.Add(extension);
                        break;
                    case DirectiveDefinitionNode directive:
                        if (_directiveDefinitions.TryAdd(directive.Name.Value, directive))
                        {
                            _directiveOrder.Add(directive.Name.Value);
                        }

                        break;
                    case SchemaDefinitionNode schema:
                        _schemaDefinition ??= schema;
                        break;
                    case SchemaExtensionNode schemaExtension:
                        _schemaExtensions.Add(schemaExtension);
                        break;
                }
            }

            foreach (var definition in BuiltIns.Value.Definitions)
            {
                switch (definition)
                {
                    case TypeDefinitionNode typeDefinition when _typeDefinitions.TryAdd(typeDefinition.Name.Value, typeDefinition):
                        _builtInTypeOrder.Add(typeDefinition.Name.Value);
                        _builtInNames.Add(typeDefinition.Name.Value);
                        break;
                    case DirectiveDefinitionNode directive when _directiveDefinitions.TryAdd(directive.Name.Value, directive):
                        _directiveOrder.Add(directive.Name.Value);
                        _builtInNames.Add("@" + directive.Name.Value);
                        break;
                }
            }

            foreach (var (name, extensions) in _typeExtensions)
            {
                if (!_typeDefinitions.ContainsKey(name))
                {
                    throw BuildError($"Cannot extend type \"{name}\" because it is not defined.", extensions[0], _document);
                }
            }
        }

        private void Place(NamedType type)
        {
            if (!_placed.Add(type))
            {
                return;
            }

            _orderedTypes.Add(type);
            switch (type)
            {
                case FieldsType fieldsType:
                    foreach (var field in fieldsType.Fields)
                    {
                        foreach (var arg in field.Arguments)
                        {
                            PlaceIfBuiltInScalar(arg.Type.Named);
                        }

                        PlaceIfBuiltInScalar(field.Type.Named);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        PlaceIfBuiltInScalar(field.Type.Named);
                    }

                    break;
            }
        }

        private void PlaceIfBuiltInScalar(NamedType type)
        {
            if (type is ScalarType { IsBuiltIn: true } && _builtInNames.Contains(type.Name))
            {
                Place(type);
            }
        }

        private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes()
        {
            var operationTypes = (_schemaDefinition?.OperationTypes ?? [])
                .Concat(_schemaExtensions.SelectMany(e => e.OperationTypes))
                .ToList();

            if (_schemaDefinition is null && operationTypes.Count == 0)
            {
                // Without a schema definition the roots are the types named Query, Mutation and Subscription (spec §3.3.1 Default Root Operation Type Names).
                return (DefaultRoot("Query"), DefaultRoot("Mutation"), DefaultRoot("Subscription"));
            }

            ObjectType? query = null, mutation = null, subscription = null;
            foreach (var operationType in operationTypes)
            {
                var root = _types.GetValueOrDefault(operationType.Type.Name.Value) as ObjectType
                    ?? throw BuildError(
                        $"The {operationType.Operation.ToString().ToLowerInvariant()} root type \"{operationType.Type.Name.Value}\" must be a defined object type.",
                        operationType.Type,
                        _document);
                switch (operationType.Operation)
                {
                    case OperationType.Query:
                        query ??= root;
                        break;
                    case OperationType.Mutation:
                        mutation ??= root;
                        break;
                    case OperationType.Subscription:
                        subscription ??= root;
                        break;
                }
            }

            return (query, mutation, subscription);
        }

        private ObjectType? DefaultRoot(string name) =>
            _typeOrder.Contains(name) ? _types[name] as ObjectType : null;
    }
}
