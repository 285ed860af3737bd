using System.Data.Common;
using GraphApi.Features.Orders;
using GraphApi.Features.Products;
using GraphApi.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphApi.Data.Seeding;

/// <summary>
/// Writes through one prepared INSERT per table, with the keys assigned here. For SQLite: EF Core 6 does not batch
/// there, so SaveChanges costs a command per row plus a SELECT for each generated key, which made the default seed
/// take several seconds of CPU; this way it takes a fraction of one. Rows get exactly what SaveChanges would give
/// them: the columns of the EF model through its value converters, the next ids in insertion order (the seeder
/// writes to empty tables) and the first version (see <see cref="ShopDbContext"/>).
/// </summary>
internal sealed class PreparedInsertSeedWriter(ShopDbContext db) : ISeedWriter
{
    private readonly Dictionary<Type, TableInsert> inserts = [];

    public Task WriteCatalogueAsync(
        IReadOnlyList<Category> categories, IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Insert(categories);
        foreach (var product in products)
        {
            product.CategoryId = product.Category.Id;
        }

        Insert(products);
        return Task.CompletedTask;
    }

    public Task WriteUsersAsync(IReadOnlyList<User> users, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Insert(users);
        return Task.CompletedTask;
    }

    public Task WriteOrdersAsync(IReadOnlyList<Order> orders, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Insert(orders);
        foreach (var order in orders)
        {
            foreach (var line in order.Lines)
            {
                line.OrderId = order.Id;
            }

            foreach (var change in order.StatusHistory)
            {
                change.OrderId = order.Id;
            }
        }

        Insert(orders.SelectMany(o => o.Lines));
        Insert(orders.SelectMany(o => o.StatusHistory));
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var insert in inserts.Values)
        {
            insert.Dispose();
        }
    }

    // Synchronous on purpose: Microsoft.Data.Sqlite runs its async methods synchronously anyway.
    private void Insert<T>(IEnumerable<T> rows)
        where T : class
    {
        if (!inserts.TryGetValue(typeof(T), out var insert))
        {
            insert = new TableInsert(db, db.Model.FindEntityType(typeof(T))!);
            inserts.Add(typeof(T), insert);
        }

        foreach (var row in rows)
        {
            if (row is IVersioned versioned)
            {
                versioned.Version = IVersioned.FirstVersion;
            }

            insert.Execute(row);
        }
    }

    /// <summary>The prepared INSERT of all of one table's columns, and the table's next id.</summary>
    private sealed class TableInsert : IDisposable
    {
        private readonly DbCommand command;
        private readonly (IProperty Property, DbParameter Parameter)[] columns;
        private readonly IProperty key;
        private int lastId;

        public TableInsert(ShopDbContext db, IEntityType entityType)
        {
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            key = entityType.FindPrimaryKey()!.Properties.Single();
            var keyColumn = sql.DelimitIdentifier(key.GetColumnName(table)!);
            var tableName = sql.DelimitIdentifier(table.Name, table.Schema);

            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("The seed writer needs the seeder's transaction.");
            using (var max = connection.CreateCommand())
            {
                max.Transaction = transaction;
                max.CommandText = $"SELECT COALESCE(MAX({keyColumn}), 0) FROM {tableName}";
                lastId = Convert.ToInt32(max.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }

            command = connection.CreateCommand();
            command.Transaction = transaction;
            var properties = entityType.GetProperties().ToList();
            columns = properties.Select((property, i) =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = sql.GenerateParameterName("p" + i);
                command.Parameters.Add(parameter);
                return (property, parameter);
            }).ToArray();
            command.CommandText =
                $"INSERT INTO {tableName} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) "
                + $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))})";
            command.Prepare();
        }

        public void Execute(object row)
        {
            key.PropertyInfo!.SetValue(row, ++lastId);
            foreach (var (property, parameter) in columns)
            {
                var value = property.GetGetter().GetClrValue(row);
                var converter = property.GetTypeMapping().Converter;
                parameter.Value = (value is null || converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        public void Dispose() => command.Dispose();
    }
}
