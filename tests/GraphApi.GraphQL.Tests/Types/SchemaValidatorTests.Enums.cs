using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Validation;
using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SchemaValidatorTests
{
    private const string Enums = "Enums.Type-Validation";

    [Fact]
    public void An_enum_must_have_values()
    {
        ExpectErrors(
            "type Query { a: Int }\nenum E",
            Error(Enums, "Enum type E must define one or more values.", (2, 1)));
    }

    [Fact]
    public void Enum_values_cannot_be_true_false_or_null()
    {
        // The parser rejects these names in SDL; a model assembled otherwise is checked too.
        var schema = Build("type Query { a: Int }\nenum E { A }");
        var enumType = (EnumType)schema.GetType("E")!;
        enumType.Values = new NameMap<EnumValueDefinition>([new("A"), new("true"), new("null")]);

        Equal(
            SchemaValidator.Validate(schema),
            Error(Enums, "Enum type E cannot include the value \"true\": true, false and null are not valid enum values."),
            Error(Enums, "Enum type E cannot include the value \"null\": true, false and null are not valid enum values."));
    }

    [Fact]
    public void Enum_values_must_be_unique_in_the_model()
    {
        var document = Parser.Parse("type Query { a: Int }\nenum E { A B }");
        var schema = SchemaBuilder.Build(document, new SchemaBuildOptions { SkipValidation = true });
        var enumType = (EnumType)schema.GetType("E")!;
        var b = enumType.Values["B"]!;
        enumType.Values = new NameMap<EnumValueDefinition>([enumType.Values["A"]!, b, new("A") { AstNode = b.AstNode }]);

        Equal(
            SchemaValidator.Validate(schema, document.Source),
            Error(Enums, "Enum value \"E.A\" can only be defined once.", (2, 10), (2, 12)));
    }
}
