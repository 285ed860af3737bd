using System.Globalization;
using System.Text.Json;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Execution.Scalars;

// Stand-in for the exec-values branch's registry (same public shape); replaced when that branch lands.
public sealed class ScalarRegistry
{
    private readonly Dictionary<string, ScalarCoercer> _coercers = new(StringComparer.Ordinal);

    public static ScalarRegistry CreateDefault()
    {
        var registry = new ScalarRegistry();
        registry.Add(new Simple("Int", v => v switch
        {
            int i => i,
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            short or byte or sbyte or ushort => Convert.ToInt32(v, CultureInfo.InvariantCulture),
            bool b => b ? 1 : 0,
            _ => throw new ScalarCoercionException("Int cannot represent non 32-bit signed integer value: " + v),
        }));
        registry.Add(new Simple("Float", v => v switch
        {
            double d => d,
            int or long or float or decimal => Convert.ToDouble(v, CultureInfo.InvariantCulture),
            _ => throw new ScalarCoercionException("Float cannot represent non numeric value: " + v),
        }));
        registry.Add(new Simple("String", v => v switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            int or long or double => Convert.ToString(v, CultureInfo.InvariantCulture),
            _ => throw new ScalarCoercionException("String cannot represent value: " + v),
        }));
        registry.Add(new Simple("Boolean", v => v is bool b ? b : throw new ScalarCoercionException("Boolean cannot represent a non boolean value: " + v)));
        registry.Add(new Simple("ID", v => v switch
        {
            string s => s,
            int or long or Guid => Convert.ToString(v, CultureInfo.InvariantCulture),
            _ => throw new ScalarCoercionException("ID cannot represent value: " + v),
        }));
        return registry;
    }

    public void Add(ScalarCoercer coercer) => _coercers[coercer.Name] = coercer;

    public ScalarCoercer? Get(string name) => _coercers.GetValueOrDefault(name);

    private sealed class Simple(string name, Func<object, object?> serialize) : ScalarCoercer
    {
        public override string Name => name;

        public override object? Serialize(object value) => serialize(value);

        public override object? ParseValue(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when name is "Int" => value.GetInt32(),
            JsonValueKind.Number => value.GetDouble(),
            _ => throw new ScalarCoercionException(name + " cannot represent " + value),
        };

        public override object? ParseLiteral(ValueNode literal) => literal switch
        {
            IntValueNode i when name is "Int" => int.Parse(i.Value, CultureInfo.InvariantCulture),
            IntValueNode i when name is "Float" => double.Parse(i.Value, CultureInfo.InvariantCulture),
            IntValueNode i when name is "ID" => i.Value,
            FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
            StringValueNode s => s.Value,
            BooleanValueNode b => b.Value,
            _ => throw new ScalarCoercionException(name + " cannot represent a literal of kind " + literal.Kind),
        };
    }
}
