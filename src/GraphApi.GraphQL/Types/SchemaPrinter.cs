using System.Text;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// Prints a schema model as SDL in the format of graphql-js <c>printSchema()</c> (17.x): the schema
/// definition only when it carries information, then custom directive definitions, then the types in the
/// order of <see cref="Schema.Types"/>; built-in scalars, built-in directives and introspection types are
/// left out; definitions are separated by a blank line.
/// </summary>
public static class SchemaPrinter
{
    private const string DefaultDeprecationReason = "No longer supported";

    public static string Print(Schema schema) => Print(schema, SchemaPrinterOptions.Default);

    public static string Print(Schema schema, SchemaPrinterOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        var writer = new Writer(options.IncludeAppliedDirectives);
        writer.WriteSchema(schema);
        return writer.ToString();
    }

    /// <summary>The directives every schema has (spec §3.13); graphql-js recognizes them by name.</summary>
    private static bool IsSpecifiedDirective(string name) =>
        name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    /// <summary>Directives the model holds as properties (deprecation reason, specifiedBy URL, OneOf) and prints from there.</summary>
    private static bool IsPrintedFromModel(string name) => name is "deprecated" or "specifiedBy" or "oneOf";

    private sealed class Writer(bool includeAppliedDirectives)
    {
        private readonly StringBuilder _builder = new(4096);
        private bool _hasDefinitions;

        public override string ToString() => _builder.ToString();

        public void WriteSchema(Schema schema)
        {
            WriteSchemaDefinition(schema);
            foreach (var directive in schema.Directives)
            {
                if (!IsSpecifiedDirective(directive.Name))
                {
                    WriteDirectiveDefinition(directive);
                }
            }

            foreach (var type in schema.Types)
            {
                if (!type.IsIntrospectionType && !(type is ScalarType && BuiltInScalars.IsBuiltIn(type.Name)))
                {
                    WriteType(type);
                }
            }
        }

        private void StartDefinition()
        {
            if (_hasDefinitions)
            {
                _builder.Append("\n\n");
            }

            _hasDefinitions = true;
        }

        /// <summary>
        /// Spec §3.3: the schema definition may be omitted when the root types use the default names; it is
        /// printed when it has a description, non-default root names, or (if asked) directives.
        /// </summary>
        private void WriteSchemaDefinition(Schema schema)
        {
            if (schema.QueryType is null && schema.MutationType is null && schema.SubscriptionType is null)
            {
                return;
            }

            var hasDefaultRootNames = ReferenceEquals(schema.QueryType, schema.GetType("Query"))
                && ReferenceEquals(schema.MutationType, schema.GetType("Mutation"))
                && ReferenceEquals(schema.SubscriptionType, schema.GetType("Subscription"));
            var hasDirectives = includeAppliedDirectives && schema.AppliedDirectives.Count > 0;
            if (schema.Description is null && hasDefaultRootNames && !hasDirectives)
            {
                return;
            }

            StartDefinition();
            WriteDescription(schema.Description, string.Empty, firstInBlock: true);
            _builder.Append("schema");
            WriteAppliedDirectives(schema.AppliedDirectives);
            _builder.Append(" {\n");
            WriteRootType("query", schema.QueryType);
            WriteRootType("mutation", schema.MutationType);
            WriteRootType("subscription", schema.SubscriptionType);
            _builder.Append('}');
        }

        private void WriteRootType(string operation, ObjectType? type)
        {
            if (type is not null)
            {
                _builder.Append("  ").Append(operation).Append(": ").Append(type.Name).Append('\n');
            }
        }

        private void WriteDirectiveDefinition(DirectiveDefinition directive)
        {
            StartDefinition();
            WriteDescription(directive.Description, string.Empty, firstInBlock: true);
            _builder.Append("directive @").Append(directive.Name);
            WriteArguments(directive.Arguments, string.Empty);
            if (directive.IsRepeatable)
            {
                _builder.Append(" repeatable");
            }

            _builder.Append(" on ");
            for (var i = 0; i < directive.Locations.Count; i++)
            {
                _builder.Append(i == 0 ? string.Empty : " | ").Append(DirectiveLocations.ToName(directive.Locations[i]));
            }
        }

        private void WriteType(NamedType type)
        {
            StartDefinition();
            WriteDescription(type.Description, string.Empty, firstInBlock: true);
            switch (type)
            {
                case ScalarType scalar:
                    _builder.Append("scalar ").Append(scalar.Name);
                    if (scalar.SpecifiedByUrl is not null)
                    {
                        _builder.Append(" @specifiedBy(url: ").Append(Printer.PrintString(scalar.SpecifiedByUrl)).Append(')');
                    }

                    WriteAppliedDirectives(scalar.AppliedDirectives);
                    break;
                case FieldsType fieldsType:
                    _builder.Append(fieldsType is ObjectType ? "type " : "interface ").Append(fieldsType.Name);
                    WriteInterfaces(fieldsType.Interfaces);
                    WriteAppliedDirectives(fieldsType.AppliedDirectives);
                    WriteFields(fieldsType.Fields);
                    break;
                case UnionType union:
                    _builder.Append("union ").Append(union.Name);
                    WriteAppliedDirectives(union.AppliedDirectives);
                    for (var i = 0; i < union.Types.Count; i++)
                    {
                        _builder.Append(i == 0 ? " = " : " | ").Append(union.Types[i].Name);
                    }

                    break;
                case EnumType enumType:
                    _builder.Append("enum ").Append(enumType.Name);
                    WriteAppliedDirectives(enumType.AppliedDirectives);
                    WriteEnumValues(enumType.Values);
                    break;
                case InputObjectType input:
                    _builder.Append("input ").Append(input.Name);
                    if (input.IsOneOf)
                    {
                        _builder.Append(" @oneOf");
                    }

                    WriteAppliedDirectives(input.AppliedDirectives);
                    WriteInputFields(input.Fields);
                    break;
                default:
                    throw new ArgumentException($"Cannot print type \"{type.Name}\" of kind {type.Kind}.", nameof(type));
            }
        }

        private void WriteInterfaces(IReadOnlyList<InterfaceType> interfaces)
        {
            for (var i = 0; i < interfaces.Count; i++)
            {
                _builder.Append(i == 0 ? " implements " : " & ").Append(interfaces[i].Name);
            }
        }

        private void WriteFields(NameMap<FieldDefinition> fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                StartBlockItem(i);
                WriteDescription(field.Description, "  ", firstInBlock: i == 0);
                _builder.Append("  ").Append(field.Name);
                WriteArguments(field.Arguments, "  ");
                _builder.Append(": ").Append(field.Type);
                WriteDeprecated(field.DeprecationReason);
                WriteAppliedDirectives(field.AppliedDirectives);
            }

            EndBlock(fields.Count);
        }

        private void WriteEnumValues(NameMap<EnumValueDefinition> values)
        {
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i];
                StartBlockItem(i);
                WriteDescription(value.Description, "  ", firstInBlock: i == 0);
                _builder.Append("  ").Append(value.Name);
                WriteDeprecated(value.DeprecationReason);
                WriteAppliedDirectives(value.AppliedDirectives);
            }

            EndBlock(values.Count);
        }

        private void WriteInputFields(NameMap<InputValueDefinition> fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                StartBlockItem(i);
                WriteDescription(fields[i].Description, "  ", firstInBlock: i == 0);
                _builder.Append("  ");
                WriteInputValue(fields[i]);
            }

            EndBlock(fields.Count);
        }

        private void StartBlockItem(int index) => _builder.Append(index == 0 ? " {\n" : "\n");

        private void EndBlock(int count)
        {
            if (count > 0)
            {
                _builder.Append("\n}");
            }
        }

        /// <summary>Arguments on one line, unless one has a description: then one per line, indented below <paramref name="indentation"/>.</summary>
        private void WriteArguments(NameMap<InputValueDefinition> arguments, string indentation)
        {
            if (arguments.Count == 0)
            {
                return;
            }

            var anyDescription = false;
            foreach (var argument in arguments)
            {
                anyDescription |= argument.Description is not null;
            }

            _builder.Append('(');
            for (var i = 0; i < arguments.Count; i++)
            {
                if (anyDescription)
                {
                    _builder.Append('\n');
                    WriteDescription(arguments[i].Description, indentation + "  ", firstInBlock: i == 0);
                    _builder.Append(indentation).Append("  ");
                }
                else if (i > 0)
                {
                    _builder.Append(", ");
                }

                WriteInputValue(arguments[i]);
            }

            if (anyDescription)
            {
                _builder.Append('\n').Append(indentation);
            }

            _builder.Append(')');
        }

        private void WriteInputValue(InputValueDefinition value)
        {
            _builder.Append(value.Name).Append(": ").Append(value.Type);
            if (value.DefaultValue is not null)
            {
                _builder.Append(" = ").Append(Printer.Print(value.DefaultValue));
            }

            WriteDeprecated(value.DeprecationReason);
            WriteAppliedDirectives(value.AppliedDirectives);
        }

        private void WriteDeprecated(string? reason)
        {
            if (reason is null)
            {
                return;
            }

            _builder.Append(" @deprecated");
            if (reason != DefaultDeprecationReason)
            {
                _builder.Append("(reason: ").Append(Printer.PrintString(reason)).Append(')');
            }
        }

        private void WriteAppliedDirectives(IReadOnlyList<DirectiveNode> directives)
        {
            if (!includeAppliedDirectives)
            {
                return;
            }

            foreach (var directive in directives)
            {
                if (!IsPrintedFromModel(directive.Name.Value))
                {
                    _builder.Append(' ').Append(Printer.Print(directive));
                }
            }
        }

        /// <summary>
        /// A description above a definition: a block string when it reads back unchanged, else a quoted string.
        /// Inside a block, every line is indented, and every description but the first gets a blank line before it.
        /// </summary>
        private void WriteDescription(string? description, string indentation, bool firstInBlock)
        {
            if (description is null)
            {
                return;
            }

            var literal = Printer.IsPrintableAsBlockString(description)
                ? Printer.PrintBlockString(description)
                : Printer.PrintString(description);
            if (indentation.Length > 0 && !firstInBlock)
            {
                _builder.Append('\n');
            }

            _builder.Append(indentation);
            if (indentation.Length == 0)
            {
                _builder.Append(literal);
            }
            else
            {
                _builder.Append(literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal));
            }

            _builder.Append('\n');
        }
    }
}
