using GraphApi.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Mutations;

/// <summary>
/// Runs one mutation in one database transaction on a context of its own: committed when the work succeeds,
/// rolled back when it returns errors or throws, so that a rejected mutation leaves no trace.
/// </summary>
/// <remarks>
/// On SQLite, <c>BeginTransaction</c> issues <c>BEGIN IMMEDIATE</c>: the transaction holds the database's write lock
/// from its first statement, so mutations run one after another and none of them reads a value another is about to
/// change. A mutation that finds the lock taken waits for it, retrying until the connection's command timeout
/// (<c>Default Timeout</c>, 30 s unless the connection string says otherwise) and then failing with SQLITE_BUSY; a
/// deferred transaction would instead fail at once when it tried to upgrade its read lock. On SQL Server the
/// statements themselves are written to be atomic (conditional updates), since there writers do run in parallel.
/// </remarks>
public static class ShopTransaction
{
    public static async Task<MutationResult<T>> RunAsync<T>(
        IDbContextFactory<ShopDbContext> contexts,
        Func<ShopDbContext, CancellationToken, Task<MutationResult<T>>> work,
        CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work(db, cancellationToken);
        if (result.Succeeded)
        {
            // Not cancellable: a client that goes away after the work is done must not leave it half-decided.
            await transaction.CommitAsync(CancellationToken.None);
        }
        else
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }

        return result;
    }
}
