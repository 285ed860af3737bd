using GraphApi.GraphQL.Errors;
using System.Globalization;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    /// <summary>
    /// spec §3.6 rule 2.4.5 (and likewise for input fields and directive arguments): a default value must be
    /// a valid literal of its type by the Input Coercion rules (§3.5, §3.9, §3.10, §3.11, §3.12). Each
    /// problem is reported at the literal at fault, with its path inside the default value.
    /// </summary>
    private static void ValidateDefaultValue(SchemaValidationContext context, string coordinate, InputValueDefinition value, string anchor)
    {
        // A value of an output type cannot be checked; its type is reported on its own.
        if (value.DefaultValue is not { } literal || !value.Type.IsInputType)
        {
            return;
        }

        foreach (var (message, node, path) in new DefaultValueChecker().Check(literal, value.Type))
        {
            context.Report($"{coordinate} has invalid default value{PathText(path)}: {message}", anchor, node);
        }
    }

    /// <summary>" at [1].name" for a path inside a value, "" for the value itself.</summary>
    private static string PathText(IReadOnlyList<object> path) =>
        path.Count == 0 ? "" : " at " + string.Concat(path.Select(key => key is int index ? $"[{index}]" : "." + key));

    /// <summary>Checks a constant literal against an input type, collecting every problem as graphql-js's validateInputLiteral does.</summary>
    private sealed class DefaultValueChecker
    {
        private readonly List<(string Message, SyntaxNode Node, IReadOnlyList<object> Path)> _errors = [];

        public List<(string Message, SyntaxNode Node, IReadOnlyList<object> Path)> Check(ValueNode value, GraphQLType type)
        {
            Visit(value, type, []);
            return _errors;
        }

        private void Visit(ValueNode value, GraphQLType type, IReadOnlyList<object> path)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();

            // Constant values have no variables; a document built in code might, and they cannot be judged here.
            if (value is VariableNode)
            {
                return;
            }

            if (type is NonNullType nonNull)
            {
                if (value is NullValueNode)
                {
                    Error($"Expected value of non-null type \"{type}\" not to be null.", value, path);
                    return;
                }

                type = nonNull.OfType;
            }
            else if (value is NullValueNode)
            {
                return;
            }

            switch (type)
            {
                case ListType list when value is ListValueNode items:
                    for (int i = 0; i < items.Values.Count; i++)
                    {
                        Visit(items.Values[i], list.OfType, [.. path, i]);
                    }

                    break;
                case ListType list:
                    // Input coercion accepts a single item where a list is expected (spec §3.11).
                    Visit(value, list.OfType, path);
                    break;
                case InputObjectType inputObject:
                    VisitInputObject(value, inputObject, path);
                    break;
                case EnumType enumType:
                    VisitEnum(value, enumType, path);
                    break;
                case ScalarType scalar when ScalarError(scalar, value) is { } message:
                    Error(message, value, path);
                    break;
            }
        }

        private void VisitInputObject(ValueNode value, InputObjectType type, IReadOnlyList<object> path)
        {
            if (value is not ObjectValueNode obj)
            {
                Error($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(value)}.", value, path);
                return;
            }

            // The last of duplicate fields counts, as in graphql-js; duplicates are an SDL error of their own.
            var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in obj.Fields)
            {
                given[field.Name.Value] = field;
            }

            foreach (var field in type.Fields)
            {
                if (given.TryGetValue(field.Name, out var fieldNode))
                {
                    Visit(fieldNode.Value, field.Type, [.. path, field.Name]);
                }
                else if (field.IsRequired)
                {
                    Error($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(value)}.", value, path);
                }
            }

            var known = new List<ObjectFieldNode>();
            foreach (var fieldNode in obj.Fields)
            {
                var name = fieldNode.Name.Value;
                if (type.Fields.Contains(name))
                {
                    known.Add(fieldNode);
                    continue;
                }

                var suggestion = Suggestions.DidYouMean(Suggestions.For(name, type.Fields.Select(f => f.Name)));
                var found = suggestion.Length == 0 ? ", found" : "." + suggestion + " Found";
                Error($"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"{found}: {Printer.Print(value)}.", fieldNode, path);
            }

            if (type.IsOneOf)
            {
                var oneOfMessage = $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";
                if (known.Count != 1)
                {
                    Error(oneOfMessage, value, path);
                }
                else if (known[0].Value is NullValueNode)
                {
                    Error(oneOfMessage, value, [.. path, known[0].Name.Value]);
                }
            }
        }

        private void VisitEnum(ValueNode value, EnumType type, IReadOnlyList<object> path)
        {
            if (value is EnumValueNode enumValue && type.Values.Contains(enumValue.Value))
            {
                return;
            }

            var text = Printer.Print(value);
            var suggestion = Suggestions.DidYouMean(Suggestions.For(text, type.Values.Select(v => v.Name)), "the enum value");
            var message = value is EnumValueNode
                ? $"Value \"{text}\" does not exist in \"{type.Name}\" enum."
                : $"Enum \"{type.Name}\" cannot represent non-enum value: {text}.";
            Error(message + suggestion, value, path);
        }

        /// <summary>The literal input coercion of the built-in scalars (spec §3.5.1-§3.5.5); custom scalars accept any literal.</summary>
        private static string? ScalarError(ScalarType scalar, ValueNode value) => scalar.Name switch
        {
            BuiltInScalars.Int when value is not IntValueNode => $"Int cannot represent non-integer value: {Printer.Print(value)}",
            BuiltInScalars.Int when !int.TryParse(((IntValueNode)value).Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) =>
                $"Int cannot represent non 32-bit signed integer value: {((IntValueNode)value).Value}",
            BuiltInScalars.Float when value is not (IntValueNode or FloatValueNode) => $"Float cannot represent non numeric value: {Printer.Print(value)}",
            BuiltInScalars.String when value is not StringValueNode => $"String cannot represent a non string value: {Printer.Print(value)}",
            BuiltInScalars.Boolean when value is not BooleanValueNode => $"Boolean cannot represent a non boolean value: {Printer.Print(value)}",
            BuiltInScalars.ID when value is not (StringValueNode or IntValueNode) => $"ID cannot represent a non-string and non-integer value: {Printer.Print(value)}",
            _ => null,
        };

        private void Error(string message, SyntaxNode node, IReadOnlyList<object> path) => _errors.Add((message, node, path));
    }
}
