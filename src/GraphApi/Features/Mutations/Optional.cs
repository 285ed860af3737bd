namespace GraphApi.Features.Mutations;

/// <summary>An input field that may be left out, told apart from one given as null (which may mean "clear it").</summary>
public readonly struct Optional<T>
{
    private Optional(T value)
    {
        Value = value;
        HasValue = true;
    }

    /// <summary>True when the field was given, even as null.</summary>
    public bool HasValue { get; }

    /// <summary>The given value; default when the field was left out.</summary>
    public T Value { get; }

    public static Optional<T> Absent => default;

    public static Optional<T> Of(T value) => new(value);
}
