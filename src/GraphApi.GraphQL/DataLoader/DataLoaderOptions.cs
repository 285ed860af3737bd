namespace GraphApi.GraphQL.DataLoader;

/// <summary>Settings of one loader.</summary>
public sealed class DataLoaderOptions
{
    private readonly int _maxBatchSize = int.MaxValue;

    /// <summary>The settings used when a loader is given none.</summary>
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>
    /// The most keys one call of the batch function receives; a dispatch with more keys calls it several
    /// times, concurrently. Default: no limit (like DataLoader's <c>maxBatchSize</c>), so that each
    /// list-nesting level of a query stays one batch. Set it when the data store limits the size of one
    /// query, e.g. SQL Server's 2,100 parameters.
    /// </summary>
    public int MaxBatchSize
    {
        get => _maxBatchSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxBatchSize = value;
        }
    }
}
