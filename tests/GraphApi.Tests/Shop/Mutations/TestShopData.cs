using GraphApi.Data;
using GraphApi.Features.Orders;
using GraphApi.Features.Products;
using GraphApi.Features.Users;
using GraphApi.Tests.Shop.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary>Writes the rows a test needs straight to the host's database, and reads back what mutations did.</summary>
public sealed class TestShopData(IDbContextFactory<ShopDbContext> contexts)
{
    /// <summary>A new user with <paramref name="role"/>, as tests sign in with it.</summary>
    public async Task<TestUser> AddUserAsync(UserRole role = UserRole.Customer)
    {
        var tag = Guid.NewGuid().ToString("N");
        var user = await AddAsync(new User { Email = $"{tag}@example.com", DisplayName = $"{role} {tag[..6]}", Role = role });
        return new TestUser(user.Id, role.ToString());
    }

    public Task<Category> AddCategoryAsync()
    {
        var tag = Guid.NewGuid().ToString("N");
        return AddAsync(new Category { Name = "Category " + tag, Slug = "category-" + tag });
    }

    public async Task<Product> AddProductAsync(int stock, long priceMinor = 1_299, string currency = "EUR", Category? category = null)
    {
        category ??= await AddCategoryAsync();
        var tag = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        return await AddAsync(new Product
        {
            Sku = "T-" + tag,
            Name = "Product " + tag,
            PriceMinor = priceMinor,
            Currency = currency,
            StockQuantity = stock,
            CategoryId = category.Id,
        });
    }

    public async Task<Product> ProductAsync(int id)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Products.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    public async Task<int> StockOfAsync(Product product) => (await ProductAsync(product.Id)).StockQuantity;

    public async Task SetStockAsync(Product product, int stock)
    {
        await using var db = contexts.CreateDbContext();
        (await db.Products.SingleAsync(p => p.Id == product.Id)).StockQuantity = stock;
        await db.SaveChangesAsync();
    }

    /// <summary>The order with its lines and status history.</summary>
    public async Task<Order> OrderAsync(int id)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.StatusHistory).SingleAsync(o => o.Id == id);
    }

    public async Task<List<Order>> OrdersOfAsync(TestUser customer)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.CustomerId == customer.Id).OrderBy(o => o.Id).ToListAsync();
    }

    private async Task<T> AddAsync<T>(T entity)
        where T : class
    {
        await using var db = contexts.CreateDbContext();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }
}
