using System.Numerics;
using System.Text.Json;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Tests.Execution.Values;

/// <summary>The built-in scalars (spec §3.5.1-§3.5.5): result coercion, JSON input and literal input, with graphql-js's messages.</summary>
public class ScalarCoercionTests
{
    private static readonly ScalarRegistry Scalars = ScalarRegistry.CreateDefault();

    private static ScalarCoercer Scalar(string name) => Scalars.Get(name)!;

    private static object? Json(string scalar, string json) => Scalar(scalar).ParseValue(JsonDocument.Parse(json).RootElement);

    private static object? Literal(string scalar, string literal) => Scalar(scalar).ParseLiteral(Parser.ParseValue(literal));

    private static void Fails(string message, Func<object?> coerce) =>
        Assert.Equal(message, Assert.Throws<ScalarCoercionException>(coerce).Message);

    [Fact]
    public void Registry_holds_the_five_built_ins_and_custom_coercers()
    {
        Assert.Equal(["Int", "Float", "String", "Boolean", "ID"], Scalars.Names);
        Assert.Null(Scalars.Get("DateTime"));

        var registry = ScalarRegistry.CreateDefault();
        var custom = new UpperCaseScalar();
        registry.Add(custom);
        Assert.Same(custom, registry.Get("Upper"));
    }

    [Fact]
    public void Int_results_are_32_bit_integers_never_wrapped_or_truncated()
    {
        var sInt = Scalar("Int");
        Assert.Equal(7, sInt.Serialize(7));
        Assert.Equal(7, sInt.Serialize((short)7));
        Assert.Equal(7, sInt.Serialize((byte)7));
        Assert.Equal(int.MaxValue, sInt.Serialize((long)int.MaxValue));
        Assert.Equal(int.MinValue, sInt.Serialize((long)int.MinValue));
        Assert.Equal(3, sInt.Serialize(3.0)); // an integral float loses nothing (spec §3.5.1 Result Coercion)
        Assert.Equal(3, sInt.Serialize(3.0f));
        Assert.Equal(3, sInt.Serialize(3.00m));
        Assert.Equal(1, sInt.Serialize(true));
        Assert.Equal(0, sInt.Serialize(false));
        Assert.Equal(123, sInt.Serialize("123"));
        Assert.Equal(-5, sInt.Serialize(new BigInteger(-5)));

        Fails("Int cannot represent non 32-bit signed integer value: 2147483648", () => sInt.Serialize(2147483648L));
        Fails("Int cannot represent non 32-bit signed integer value: -2147483649", () => sInt.Serialize(-2147483649L));
        Fails("Int cannot represent non 32-bit signed integer value: 4294967295", () => sInt.Serialize(uint.MaxValue));
        Fails("Int cannot represent non 32-bit signed integer value: 18446744073709551615", () => sInt.Serialize(ulong.MaxValue));
        Fails("Int cannot represent non 32-bit signed integer value: 10000000000", () => sInt.Serialize(1e10));
        Fails("Int cannot represent non-integer value: 1.2", () => sInt.Serialize(1.2));
        Fails("Int cannot represent non-integer value: 1.5", () => sInt.Serialize(1.5m));
        Fails("Int cannot represent non-integer value: NaN", () => sInt.Serialize(double.NaN));
        Fails("Int cannot represent non-integer value: Infinity", () => sInt.Serialize(double.PositiveInfinity));
        Fails("Int cannot represent non-integer value: \"1.5\"", () => sInt.Serialize("1.5"));
        Fails("Int cannot represent non-integer value: \"\"", () => sInt.Serialize(""));
        Fails("Int cannot represent non-integer value: \"abc\"", () => sInt.Serialize("abc"));
        Fails("Int cannot represent non 32-bit signed integer value: \"9999999999\"", () => sInt.Serialize("9999999999"));
        Fails("Int cannot represent non-integer value: [1]", () => sInt.Serialize(new[] { 1 }));
    }

    [Fact]
    public void Int_inputs_must_be_integers()
    {
        Assert.Equal(42, Json("Int", "42"));
        Assert.Equal(-42, Json("Int", "-42"));
        Assert.Equal(1, Json("Int", "1.0")); // JSON does not tell 1.0 from 1 (spec §3.5 Input Coercion)
        Assert.Equal(1000, Json("Int", "1e3"));
        Fails("Int cannot represent non-integer value: 1.5", () => Json("Int", "1.5"));
        Fails("Int cannot represent non 32-bit signed integer value: 3000000000", () => Json("Int", "3000000000"));
        Fails("Int cannot represent non-integer value: \"1\"", () => Json("Int", "\"1\""));
        Fails("Int cannot represent non-integer value: true", () => Json("Int", "true"));
        Fails("Int cannot represent non-integer value: [1]", () => Json("Int", "[1]"));
        Fails("Int cannot represent non-integer value: { a: 1 }", () => Json("Int", "{\"a\":1}"));

        Assert.Equal(42, Literal("Int", "42"));
        Assert.Equal(-2147483648, Literal("Int", "-2147483648"));
        Fails("Int cannot represent non 32-bit signed integer value: 2147483648", () => Literal("Int", "2147483648"));
        Fails("Int cannot represent non-integer value: 1.0", () => Literal("Int", "1.0")); // a float literal is never an Int
        Fails("Int cannot represent non-integer value: \"1\"", () => Literal("Int", "\"1\""));
        Fails("Int cannot represent non-integer value: ONE", () => Literal("Int", "ONE"));
        Fails("Int cannot represent non-integer value: [1]", () => Literal("Int", "[1]"));
    }

    [Fact]
    public void Float_results_are_finite_doubles()
    {
        var sFloat = Scalar("Float");
        Assert.Equal(1.5, sFloat.Serialize(1.5));
        Assert.Equal(1.1, sFloat.Serialize(1.1f)); // through its shortest text, not 1.100000023841858
        Assert.Equal(3.0, sFloat.Serialize(3));
        Assert.Equal(3.0, sFloat.Serialize(3L));
        Assert.Equal(0.25, sFloat.Serialize(0.25m));
        Assert.Equal(1.0, sFloat.Serialize(true));
        Assert.Equal(-1.5, sFloat.Serialize("-1.5"));
        Assert.Equal(1e20, sFloat.Serialize(BigInteger.Pow(10, 20)));

        Fails("Float cannot represent non numeric value: NaN", () => sFloat.Serialize(double.NaN));
        Fails("Float cannot represent non numeric value: Infinity", () => sFloat.Serialize(double.PositiveInfinity));
        Fails("Float cannot represent non numeric value: -Infinity", () => sFloat.Serialize(float.NegativeInfinity));
        Fails("Float cannot represent non numeric value: \"abc\"", () => sFloat.Serialize("abc"));
        Fails("Float cannot represent non numeric value: \"Infinity\"", () => sFloat.Serialize("Infinity"));
        Fails(
            "Float cannot represent non numeric value: 12345678901234567891 (value would lose precision)",
            () => sFloat.Serialize(BigInteger.Parse("12345678901234567891")));
    }

    [Fact]
    public void Float_inputs_accept_integers_and_floats_but_not_infinity()
    {
        Assert.Equal(1.5, Json("Float", "1.5"));
        Assert.Equal(1.0, Json("Float", "1"));
        Fails("Float cannot represent non numeric value: \"1.5\"", () => Json("Float", "\"1.5\""));
        Fails("Float cannot represent non numeric value: 1e400", () => Json("Float", "1e400"));

        Assert.Equal(1.5, Literal("Float", "1.5"));
        Assert.Equal(1.0, Literal("Float", "1"));
        Assert.Equal(-0.015, Literal("Float", "-1.5e-2"));
        Fails("Float cannot represent non numeric value: 1e400", () => Literal("Float", "1e400"));
        Fails("Float cannot represent non numeric value: \"1.5\"", () => Literal("Float", "\"1.5\""));
        Fails("Float cannot represent non numeric value: true", () => Literal("Float", "true"));
    }

    [Fact]
    public void String_results_accept_text_like_values_and_print_numbers_as_javascript_does()
    {
        var sString = Scalar("String");
        Assert.Equal("abc", sString.Serialize("abc"));
        Assert.Equal("x", sString.Serialize('x'));
        Assert.Equal("true", sString.Serialize(true));
        Assert.Equal("false", sString.Serialize(false));
        Assert.Equal("1", sString.Serialize(1));
        Assert.Equal("-12345678901", sString.Serialize(-12345678901L));
        Assert.Equal("1", sString.Serialize(1.0));
        Assert.Equal("0.1", sString.Serialize(0.1));
        Assert.Equal("1.1", sString.Serialize(1.1f));
        Assert.Equal("1e+21", sString.Serialize(1e21));
        Assert.Equal("100000000000000000000", sString.Serialize(1e20));
        Assert.Equal("1.5e-7", sString.Serialize(1.5e-7));
        Assert.Equal("0.000001", sString.Serialize(1e-6));
        Assert.Equal("2.50", sString.Serialize(2.50m));
        Assert.Equal("Friday", sString.Serialize(DayOfWeek.Friday));
        Assert.Equal("6f9619ff-8b86-d011-b42d-00cf4fc964ff", sString.Serialize(Guid.Parse("6F9619FF-8B86-D011-B42D-00CF4FC964FF")));

        Fails("String cannot represent value: NaN", () => sString.Serialize(double.NaN));
        Fails("String cannot represent value: { a: 1 }", () => sString.Serialize(new Dictionary<string, object?> { ["a"] = 1 }));
    }

    [Fact]
    public void String_inputs_must_be_strings()
    {
        Assert.Equal("abc", Json("String", "\"abc\""));
        Assert.Equal("é\n", Json("String", "\"\\u00e9\\n\""));
        Fails("String cannot represent a non string value: 1", () => Json("String", "1"));
        Fails("String cannot represent a non string value: [\"a\"]", () => Json("String", "[\"a\"]"));
        Fails("String cannot represent a non string value: { a: [1, [Array]] }", () => Json("String", "{\"a\":[1,[2,[3,[4]]]]}"));
        Fails(
            "String cannot represent a non string value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]",
            () => Json("String", "[1,2,3,4,5,6,7,8,9,10,11,12]"));

        Assert.Equal("abc", Literal("String", "\"abc\""));
        Assert.Equal("block", Literal("String", "\"\"\"block\"\"\""));
        Fails("String cannot represent a non string value: 1", () => Literal("String", "1"));
        Fails("String cannot represent a non string value: ABC", () => Literal("String", "ABC"));
        Fails("String cannot represent a non string value: { a: 1 }", () => Literal("String", "{ a: 1 }"));
    }

    [Fact]
    public void Boolean_is_strict_for_inputs()
    {
        var sBoolean = Scalar("Boolean");
        Assert.Equal(true, sBoolean.Serialize(true));
        Assert.Equal(true, sBoolean.Serialize(2));
        Assert.Equal(false, sBoolean.Serialize(0.0));
        Fails("Boolean cannot represent a non boolean value: \"true\"", () => sBoolean.Serialize("true"));
        Fails("Boolean cannot represent a non boolean value: NaN", () => sBoolean.Serialize(double.NaN));

        Assert.Equal(true, Json("Boolean", "true"));
        Assert.Equal(false, Json("Boolean", "false"));
        Fails("Boolean cannot represent a non boolean value: 1", () => Json("Boolean", "1"));
        Fails("Boolean cannot represent a non boolean value: \"true\"", () => Json("Boolean", "\"true\""));

        Assert.Equal(true, Literal("Boolean", "true"));
        Fails("Boolean cannot represent a non boolean value: 1", () => Literal("Boolean", "1"));
        Fails("Boolean cannot represent a non boolean value: TRUE", () => Literal("Boolean", "TRUE"));
    }

    [Fact]
    public void Id_serializes_as_a_string_and_accepts_strings_and_integers()
    {
        var sId = Scalar("ID");
        Assert.Equal("abc", sId.Serialize("abc"));
        Assert.Equal("42", sId.Serialize(42));
        Assert.Equal("9007199254740993", sId.Serialize(9007199254740993L));
        Assert.Equal("42", sId.Serialize(42.0));
        Assert.Equal("42", sId.Serialize(42.0m));
        Assert.Equal("6f9619ff-8b86-d011-b42d-00cf4fc964ff", sId.Serialize(Guid.Parse("6F9619FF-8B86-D011-B42D-00CF4FC964FF")));
        Fails("ID cannot represent value: 1.5", () => sId.Serialize(1.5));
        Fails("ID cannot represent value: true", () => sId.Serialize(true));

        Assert.Equal("4", Json("ID", "\"4\""));
        Assert.Equal("4", Json("ID", "4"));
        Assert.Equal("-4", Json("ID", "-4"));
        Assert.Equal("123456789012345678901234567890", Json("ID", "123456789012345678901234567890"));
        Assert.Equal("1000", Json("ID", "1e3"));
        Fails("ID cannot represent value: 4.5", () => Json("ID", "4.5"));
        Fails("ID cannot represent value: true", () => Json("ID", "true"));

        Assert.Equal("4", Literal("ID", "\"4\""));
        Assert.Equal("4", Literal("ID", "4"));
        Fails("ID cannot represent a non-string and non-integer value: 4.0", () => Literal("ID", "4.0"));
        Fails("ID cannot represent a non-string and non-integer value: true", () => Literal("ID", "true"));
    }

    /// <summary>A custom scalar for the registry test.</summary>
    private sealed class UpperCaseScalar : ScalarCoercer
    {
        public override string Name => "Upper";

        public override object? Serialize(object value) => value.ToString()!.ToUpperInvariant();

        public override object? ParseValue(JsonElement value) => value.GetString()!.ToUpperInvariant();

        public override object? ParseLiteral(GraphApi.GraphQL.Language.Ast.ValueNode literal) =>
            ((GraphApi.GraphQL.Language.Ast.StringValueNode)literal).Value.ToUpperInvariant();
    }
}
