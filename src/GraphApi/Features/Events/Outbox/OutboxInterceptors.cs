using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GraphApi.Features.Events.Outbox;

/// <summary>
/// What the outbox needs from every shop context: when a transaction that wrote events commits, the
/// <see cref="OutboxSignal"/> of the application wakes the publisher; and committing with an event added but
/// not saved throws instead of losing it.
/// </summary>
public static class OutboxInterceptors
{
    private static readonly ConditionalWeakTable<DbContext, ContextState> States = new();

    /// <summary>The interceptors to add to the shop's contexts.</summary>
    public static IReadOnlyList<IInterceptor> All { get; } = [new SaveInterceptor(), new CommitInterceptor()];

    private static void BeginSave(DbContext context)
    {
        var state = States.GetOrCreateValue(context);
        state.Saving = true;
        state.WroteEvents |= context.ChangeTracker.Entries<OutboxEvent>().Any(e => e.State == EntityState.Added);
    }

    /// <summary>After a save without a transaction of the caller's, or a commit: the events written are committed.</summary>
    private static void Committed(DbContext context)
    {
        if (States.TryGetValue(context, out var state) && state.WroteEvents)
        {
            state.WroteEvents = false;
            context.GetService<IDbContextOptions>()
                .FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?
                .GetService<OutboxSignal>()?.Notify();
        }
    }

    private static void CheckNothingUnsaved(DbContext context)
    {
        // During SaveChanges the rows being saved are still "Added" when EF Core commits its own transaction.
        if (States.TryGetValue(context, out var state) && state.Saving)
        {
            return;
        }

        if (context.ChangeTracker.Entries<OutboxEvent>().Any(e => e.State == EntityState.Added))
        {
            throw new InvalidOperationException(
                "An event was added to the outbox but not saved: call SaveChanges after IEventOutbox.Add, before committing.");
        }
    }

    private sealed class ContextState
    {
        public bool Saving { get; set; }

        public bool WroteEvents { get; set; }
    }

    private sealed class SaveInterceptor : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            BeginSave(eventData.Context!);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            BeginSave(eventData.Context!);
            return ValueTask.FromResult(result);
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            EndSave(eventData.Context!);
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            EndSave(eventData.Context!);
            return ValueTask.FromResult(result);
        }

        public override void SaveChangesFailed(DbContextErrorEventData eventData) => EndSave(eventData.Context!);

        public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            EndSave(eventData.Context!);
            return Task.CompletedTask;
        }

        private static void EndSave(DbContext context)
        {
            if (States.TryGetValue(context, out var state))
            {
                state.Saving = false;
            }

            // Outside a transaction of the caller's the save has committed by now.
            if (context.Database.CurrentTransaction is null)
            {
                Committed(context);
            }
        }
    }

    private sealed class CommitInterceptor : DbTransactionInterceptor
    {
        public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            CheckNothingUnsaved(eventData.Context!);
            return result;
        }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            CheckNothingUnsaved(eventData.Context!);
            return ValueTask.FromResult(result);
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context!);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Committed(eventData.Context!);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context!);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Forget(eventData.Context!);
            return Task.CompletedTask;
        }

        private static void Forget(DbContext context)
        {
            if (States.TryGetValue(context, out var state))
            {
                state.WroteEvents = false;
            }
        }
    }
}
