using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.Tests.Infrastructure;

/// <summary>Schemas the host's own schema cannot stand in for: fields that fail, a scalar that breaks JSON.</summary>
public static class TestSchemas
{
    public const string FailureCode = "TEST_FAILURE";

    /// <summary>
    /// <c>ok</c> resolves; <c>failing</c> and <c>nonNullFailing</c> raise a field error; <c>broken</c> is a
    /// custom scalar whose result is NaN, which no JSON can carry: a server bug the transport must survive.
    /// </summary>
    public static ExecutableSchema Failures() =>
        new ExecutableSchemaBuilder(SchemaBuilder.Build("""
            scalar Broken
            type Query {
              ok: String
              failing: String
              nonNullFailing: String!
              broken: Broken
            }
            """))
            .Resolve("Query", "ok", _ => "fine")
            .Resolve("Query", "failing", _ => throw new FieldErrorException("This field always fails.", FailureCode))
            .Resolve("Query", "nonNullFailing", _ => throw new FieldErrorException("This field always fails.", FailureCode))
            .Resolve("Query", "broken", _ => 1)
            .AddScalar(new NotANumberScalar())
            .Build();

    private sealed class NotANumberScalar : ScalarCoercer
    {
        public override string Name => "Broken";

        public override object? Serialize(object value) => double.NaN;

        public override object? ParseValue(JsonElement value) => throw new ScalarCoercionException("Broken is output only.");

        public override object? ParseLiteral(ValueNode literal) => throw new ScalarCoercionException("Broken is output only.");
    }
}
