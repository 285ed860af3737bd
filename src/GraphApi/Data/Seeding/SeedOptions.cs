namespace GraphApi.Data.Seeding;

/// <summary>
/// The <c>Seed</c> configuration section: how much sample data an empty database gets. The same values give the
/// same data on every run (see <see cref="ShopDataGenerator"/>).
/// </summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Whether an empty database is seeded at start-up.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The seed of the random generator; change it for different (still reproducible) data.</summary>
    public int RandomSeed { get; set; } = 20_260_101;

    /// <summary>Generated products, spread over the fixed list of categories.</summary>
    public int Products { get; set; } = 1_000;

    /// <summary>Generated users, besides the demo users.</summary>
    public int Users { get; set; } = 500;

    /// <summary>Generated orders, each with 1 to 5 lines.</summary>
    public int Orders { get; set; } = 10_000;

    /// <summary>Orders saved per round trip batch; progress is logged after each.</summary>
    public int BatchSize { get; set; } = 2_000;

    /// <summary>
    /// The day the generated history ends (midnight UTC): times are fixed relative to it rather than to the clock,
    /// so that a seed gives the same data on any day.
    /// </summary>
    public DateOnly AsOf { get; set; } = new(2026, 1, 1);

    /// <summary>
    /// The password of the demo users. When unset, the embedded SQLite database uses
    /// <see cref="DemoUsers.DefaultPassword"/>; other databases get no demo users.
    /// </summary>
    public string? DemoPassword { get; set; }
}
