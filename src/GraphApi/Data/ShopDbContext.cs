using GraphApi.Features.Events.Outbox;
using GraphApi.Features.Orders;
using GraphApi.Features.Products;
using GraphApi.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data;

/// <summary>
/// The shop's unit of work. The model comes from the <c>IEntityTypeConfiguration</c> next to each entity in
/// <c>Features/</c>; this class only applies them and stamps versions and times on save. It is abstract because
/// each provider has its own subclass and, through it, its own migrations (see Data/README.md).
/// </summary>
public abstract class ShopDbContext : DbContext
{
    private readonly TimeProvider clock;

    protected ShopDbContext(DbContextOptions options, TimeProvider clock)
        : base(options)
    {
        this.clock = clock;
    }

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<OrderStatusChange> OrderStatusChanges => Set<OrderStatusChange>();

    /// <summary>The transactional outbox: events written by mutations, delivered to subscribers once committed.</summary>
    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();

    /// <summary>The outbox's bookkeeping: its one row is <see cref="OutboxState.SingletonId"/>.</summary>
    public DbSet<OutboxState> OutboxState => Set<OutboxState>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ShopDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    /// <summary>
    /// Sets creation times, versions and update times of what is about to be saved. Versions are bumped from the
    /// ORIGINAL value: a caller doing optimistic concurrency sets the original to the version its client read, and
    /// the UPDATE then matches only if nobody saved in between. Values go through the entry API so that they are
    /// saved even when automatic change detection is off.
    /// </summary>
    private void StampChanges()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added)
            {
                if (entry.Entity is ICreationStamped { CreatedAt: var createdAt } && createdAt == default)
                {
                    entry.Property(nameof(ICreationStamped.CreatedAt)).CurrentValue = now;
                }

                if (entry.Entity is IVersioned { UpdatedAt: var updatedAt })
                {
                    entry.Property(nameof(IVersioned.Version)).CurrentValue = IVersioned.FirstVersion;
                    if (updatedAt == default)
                    {
                        entry.Property(nameof(IVersioned.UpdatedAt)).CurrentValue = now;
                    }
                }
            }
            else if (entry.State == EntityState.Modified && entry.Entity is IVersioned)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = (long)version.OriginalValue! + 1;
                entry.Property(nameof(IVersioned.UpdatedAt)).CurrentValue = now;
            }
        }
    }
}
