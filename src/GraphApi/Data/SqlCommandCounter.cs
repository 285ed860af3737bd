using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphApi.Data;

/// <summary>
/// Counts the SQL commands EF Core sends on behalf of one unit of work, such as an HTTP request: the commands
/// run while a <see cref="SqlCommandLog"/> begun with <see cref="Begin"/> is current on the async flow. The flow
/// carries it into DataLoader batches and their parallel contexts, which one scoped object could not reach.
/// Added to every shop context; without a current log it does nothing.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<SqlCommandLog?> CurrentLog = new();

    public static SqlCommandCounter Instance { get; } = new();

    /// <summary>
    /// Starts a log for the current async flow and what it calls (until the calling async method returns, or the
    /// log is disposed).
    /// </summary>
    public static SqlCommandLog Begin()
    {
        var log = new SqlCommandLog(CurrentLog.Value);
        CurrentLog.Value = log;
        return log;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private static void Record(DbCommand command) => CurrentLog.Value?.Add(command.CommandText);

    /// <summary>Ends a log: the flow's current log becomes the one that was current when it began.</summary>
    internal static void End(SqlCommandLog log)
    {
        if (CurrentLog.Value == log)
        {
            CurrentLog.Value = log.Outer;
        }
    }
}

/// <summary>The SQL commands of one unit of work, in the order they were sent (batches of one level run in parallel).</summary>
public sealed class SqlCommandLog : IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<string> _commands = [];

    internal SqlCommandLog(SqlCommandLog? outer) => Outer = outer;

    internal SqlCommandLog? Outer { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _commands.Count;
            }
        }
    }

    /// <summary>The commands' SQL texts.</summary>
    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_lock)
            {
                return _commands.ToArray();
            }
        }
    }

    public void Dispose() => SqlCommandCounter.End(this);

    internal void Add(string commandText)
    {
        lock (_lock)
        {
            _commands.Add(commandText);
        }
    }
}
