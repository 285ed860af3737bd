using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.3 CoerceResult: leaf values go through their scalar's result coercion or the enum's values; a failure is a field error.</summary>
public class LeafCompletionTests
{
    private const string Sdl = """
        type Query { color: Color colors: [Color!] big: Int huge: [Int] when: Date broken: Date }
        enum Color { RED DARK_BLUE }
        scalar Date
        """;

    private static readonly Schema TestSchema = SchemaBuilder.Build(Sdl);

    [Fact]
    public async Task Enum_values_are_names_or_matching_clr_members_and_anything_else_is_a_field_error()
    {
        var json = await Run("{ color colors }", ("color", "PURPLE"), ("colors", new object[] { Color.DarkBlue, "RED", Other.Green }));

        Assert.Equal(
            Json("""
                {'errors':[
                  {'message':'Enum \u0022Color\u0022 cannot represent value: \u0022PURPLE\u0022','locations':[{'line':1,'column':3}],'path':['color'],'extensions':{'code':'INVALID_RESULT'}},
                  {'message':'Enum \u0022Color\u0022 cannot represent value: Green','locations':[{'line':1,'column':9}],'path':['colors',2],'extensions':{'code':'INVALID_RESULT'}}],
                 'data':{'color':null,'colors':null}}
                """),
            json);
    }

    [Fact]
    public async Task An_int_outside_32_bits_is_a_field_error_not_a_wrapped_number()
    {
        var json = await Run("{ big huge }", ("big", 1L << 40), ("huge", new object[] { 1, 2147483648L, -5 }));

        Assert.Equal(
            Json("""
                {'errors':[
                  {'message':'Int cannot represent non 32-bit signed integer value: 1099511627776','locations':[{'line':1,'column':3}],'path':['big'],'extensions':{'code':'INVALID_RESULT'}},
                  {'message':'Int cannot represent non 32-bit signed integer value: 2147483648','locations':[{'line':1,'column':7}],'path':['huge',1],'extensions':{'code':'INVALID_RESULT'}}],
                 'data':{'big':null,'huge':[1,null,-5]}}
                """),
            json);
    }

    [Fact]
    public async Task Custom_scalars_serialize_through_their_coercer()
    {
        var json = await Run("{ when broken }", ("when", new DateOnly(2026, 3, 1)), ("broken", "not a date"));

        Assert.Equal(
            Json("""
                {'errors':[{'message':'Date cannot represent \u0022not a date\u0022.','locations':[{'line':1,'column':8}],'path':['broken'],'extensions':{'code':'INVALID_RESULT'}}],
                 'data':{'when':'2026-03-01','broken':null}}
                """),
            json);
    }

    private static Task<string> Run(string query, params (string Field, object Value)[] values)
    {
        var builder = new ExecutableSchemaBuilder(TestSchema).AddScalar(new DateScalar());
        foreach (var field in ((ObjectType)TestSchema.GetType("Query")!).Fields)
        {
            var value = Array.Find(values, v => v.Field == field.Name).Value;
            builder.Resolve("Query", field.Name, _ => value);
        }

        return new RequestExecutor(builder.Build()).RunAsync(query);
    }

    public enum Color
    {
        Red,
        DarkBlue,
    }

    public enum Other
    {
        Green,
    }

    private sealed class DateScalar : ScalarCoercer
    {
        public override string Name => "Date";

        public override object? Serialize(object value) =>
            value is DateOnly date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : throw new ScalarCoercionException($"Date cannot represent \"{value}\".");

        public override object? ParseValue(JsonElement value) => DateOnly.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        public override object? ParseLiteral(ValueNode literal) => DateOnly.Parse(((StringValueNode)literal).Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
