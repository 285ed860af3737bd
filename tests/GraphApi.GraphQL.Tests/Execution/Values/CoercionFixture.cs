using System.Text.Json;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Execution.Values;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Execution.Values;

/// <summary>
/// A schema with the input types of the spec's coercion examples (§3.10, §3.10.1, §3.11), and helpers that
/// coerce an operation's variables and then the arguments of its first field, the way the executor does.
/// </summary>
internal static class CoercionFixture
{
    public static readonly Schema Schema = SchemaBuilder.Build("""
        input ExampleInputObject { a: String b: Int! }
        input ExampleOneOfInputObject @oneOf { a: String b: Int }
        enum Color { RED GREEN BLUE }
        input WithDefaults {
          x: Int = 1
          list: [Int] = 2
          nested: ExampleInputObject = { b: 5 }
          color: Color = RED
          nullable: String = null
          none: String
        }
        input Deep { items: [Deep!] value: Int }
        scalar Json
        type Query {
          field(
            int: Int
            nonNullInt: Int!
            defaulted: Int = 7
            nonNullDefaulted: Int! = 8
            list: [Int]
            nestedList: [[Int]]
            nonNullItems: [Int!]
            example: ExampleInputObject
            oneOf: ExampleOneOfInputObject
            withDefaults: WithDefaults
            color: Color
            id: ID
            float: Float
            string: String
            boolean: Boolean
            deep: Deep
            json: Json
          ): String
        }
        """);

    public static readonly ScalarRegistry Scalars = ScalarRegistry.CreateDefault();

    public static VariableCoercionResult Variables(string query, string? variablesJson)
    {
        var document = Parser.Parse(query);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        JsonElement? inputs = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement;
        return VariableCoercion.Coerce(Schema, Scalars, operation, inputs, document.Source);
    }

    /// <summary>The coerced arguments of the operation's first field, after coercing its variables (which must succeed).</summary>
    public static IReadOnlyDictionary<string, object?> Arguments(string query, string variablesJson = "{}")
    {
        var document = Parser.Parse(query);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var variables = VariableCoercion.Coerce(Schema, Scalars, operation, JsonDocument.Parse(variablesJson).RootElement, document.Source);
        Assert.Empty(variables.Errors);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        var definition = Schema.QueryType!.Fields[field.Name.Value]!;
        return ArgumentCoercion.Coerce(definition.Arguments, field.Arguments, variables.Values, Scalars, "Query." + field.Name.Value);
    }

    /// <summary>The message of the field error that coercing the arguments raises.</summary>
    public static string ArgumentError(string query, string variablesJson = "{}")
    {
        var error = Assert.Throws<GraphApi.GraphQL.Execution.FieldErrorException>(() => Arguments(query, variablesJson));
        Assert.Equal("BAD_USER_INPUT", error.Code);
        return error.Message;
    }

    /// <summary>A coerced value as compact JSON, entries in the order coercion produced them.</summary>
    public static string Show(object? value) => JsonSerializer.Serialize(value);
}
