namespace GraphApi.GraphQL.Execution.Scalars;

/// <summary>
/// The coercers of a schema's scalars by name: the five built-ins (spec §3.5.1-§3.5.5) and any custom ones.
/// Filled at startup, then only read, so lookups need no locking.
/// </summary>
public sealed class ScalarRegistry
{
    private readonly Dictionary<string, ScalarCoercer> _coercers = new(StringComparer.Ordinal);

    /// <summary>A registry holding the built-in scalars.</summary>
    public static ScalarRegistry CreateDefault()
    {
        var registry = new ScalarRegistry();
        registry.Add(new IntScalar());
        registry.Add(new FloatScalar());
        registry.Add(new StringScalar());
        registry.Add(new BooleanScalar());
        registry.Add(new IdScalar());
        return registry;
    }

    /// <summary>Adds a coercer, replacing any earlier one of the same name (a custom scalar may replace a built-in's implementation).</summary>
    public void Add(ScalarCoercer coercer)
    {
        ArgumentNullException.ThrowIfNull(coercer);
        _coercers[coercer.Name] = coercer;
    }

    /// <summary>The coercer of the scalar named <paramref name="name"/>, or null if none was added.</summary>
    public ScalarCoercer? Get(string name) => _coercers.GetValueOrDefault(name);

    /// <summary>The names of the scalars with a coercer.</summary>
    public IEnumerable<string> Names => _coercers.Keys;
}
