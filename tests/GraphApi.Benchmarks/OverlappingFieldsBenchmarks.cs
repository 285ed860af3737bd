using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Validation;

namespace GraphApi.Benchmarks;

/// <summary>
/// Validation, with every rule, of documents built to make field selection merging (spec §5.3.2)
/// quadratic: comparing every pair of 2 000 fields would be two million comparisons.
/// </summary>
[MemoryDiagnoser]
public class OverlappingFieldsBenchmarks
{
    [GlobalSetup]
    public void Setup()
    {
        // Both documents are valid, so the figures are those of the full comparison, not of an early error.
        if (DocumentValidator.Validate(Inputs.Harness, Inputs.RepeatedFieldsDocument).Count != 0
            || DocumentValidator.Validate(Inputs.Harness, Inputs.AliasesDocument).Count != 0)
        {
            throw new InvalidOperationException("benchmark documents must be valid");
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> OverlappingFields_RepeatedFields() => DocumentValidator.Validate(Inputs.Harness, Inputs.RepeatedFieldsDocument);

    [Benchmark]
    public IReadOnlyList<GraphQLError> OverlappingFields_Aliases() => DocumentValidator.Validate(Inputs.Harness, Inputs.AliasesDocument);
}
