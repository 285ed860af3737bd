using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Introspection;

public static partial class IntrospectionResolvers
{
    // Printed once per definition: introspection is asked for the same schema again and again.
    private static readonly ConditionalWeakTable<InputValueDefinition, string> PrintedDefaults = new();
    private static readonly ConditionalWeakTable<DirectiveDefinition, string[]> LocationNames = new();

    /// <summary><c>__Field</c> (spec §4.2.4).</summary>
    private static void AddFieldFields(ExecutableSchemaBuilder builder)
    {
        Add<FieldDefinition>(builder, "__Field", "name", static field => field.Name);
        Add<FieldDefinition>(builder, "__Field", "description", static field => field.Description);
        Add<FieldDefinition>(builder, "__Field", "args", static (field, arguments) =>
            Filter(field.Arguments, IncludeDeprecated(arguments), static a => a.IsDeprecated));
        Add<FieldDefinition>(builder, "__Field", "type", static field => field.Type);
        Add<FieldDefinition>(builder, "__Field", "isDeprecated", static field => Box(field.IsDeprecated));
        Add<FieldDefinition>(builder, "__Field", "deprecationReason", static field => field.DeprecationReason);
    }

    /// <summary><c>__InputValue</c> (spec §4.2.5): <c>defaultValue</c> is the default printed as a GraphQL literal.</summary>
    private static void AddInputValueFields(ExecutableSchemaBuilder builder)
    {
        Add<InputValueDefinition>(builder, "__InputValue", "name", static value => value.Name);
        Add<InputValueDefinition>(builder, "__InputValue", "description", static value => value.Description);
        Add<InputValueDefinition>(builder, "__InputValue", "type", static value => value.Type);
        Add<InputValueDefinition>(builder, "__InputValue", "defaultValue", static value =>
            value.DefaultValue is null ? null : PrintedDefaults.GetValue(value, static v => Printer.Print(v.DefaultValue!)));
        Add<InputValueDefinition>(builder, "__InputValue", "isDeprecated", static value => Box(value.IsDeprecated));
        Add<InputValueDefinition>(builder, "__InputValue", "deprecationReason", static value => value.DeprecationReason);
    }

    /// <summary><c>__EnumValue</c> (spec §4.2.6).</summary>
    private static void AddEnumValueFields(ExecutableSchemaBuilder builder)
    {
        Add<EnumValueDefinition>(builder, "__EnumValue", "name", static value => value.Name);
        Add<EnumValueDefinition>(builder, "__EnumValue", "description", static value => value.Description);
        Add<EnumValueDefinition>(builder, "__EnumValue", "isDeprecated", static value => Box(value.IsDeprecated));
        Add<EnumValueDefinition>(builder, "__EnumValue", "deprecationReason", static value => value.DeprecationReason);
    }

    /// <summary><c>__Directive</c> (spec §4.2.7).</summary>
    private static void AddDirectiveFields(ExecutableSchemaBuilder builder)
    {
        Add<DirectiveDefinition>(builder, "__Directive", "name", static directive => directive.Name);
        Add<DirectiveDefinition>(builder, "__Directive", "description", static directive => directive.Description);
        Add<DirectiveDefinition>(builder, "__Directive", "isRepeatable", static directive => Box(directive.IsRepeatable));
        Add<DirectiveDefinition>(builder, "__Directive", "locations", static directive =>
            LocationNames.GetValue(directive, static d => d.Locations.Select(DirectiveLocations.ToName).ToArray()));
        Add<DirectiveDefinition>(builder, "__Directive", "args", static (directive, arguments) =>
            Filter(directive.Arguments, IncludeDeprecated(arguments), static a => a.IsDeprecated));
    }
}
