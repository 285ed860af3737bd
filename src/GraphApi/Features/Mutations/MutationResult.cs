namespace GraphApi.Features.Mutations;

/// <summary>What a mutation produced: a value when it happened, otherwise the errors that stopped it (never both).</summary>
public sealed class MutationResult<T>
{
    private MutationResult(T? value, IReadOnlyList<MutationError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The result; meaningful only when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    public IReadOnlyList<MutationError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static MutationResult<T> Success(T value) => new(value, []);

    public static MutationResult<T> Failure(IReadOnlyList<MutationError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        return new(default, errors);
    }

    public static implicit operator MutationResult<T>(T value) => Success(value);

    public static implicit operator MutationResult<T>(MutationError error) => Failure([error]);
}
