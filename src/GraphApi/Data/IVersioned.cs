namespace GraphApi.Data;

/// <summary>
/// A row that is updated in place. <see cref="ShopDbContext"/> stamps both members on every save: the version is
/// the optimistic concurrency token (SQLite has no rowversion, so it is a plain column bumped by the context).
/// </summary>
public interface IVersioned
{
    /// <summary>The version of a row that has never been updated.</summary>
    const long FirstVersion = 1;

    /// <summary>1 when created, plus one per saved update; an update whose expected version is stale fails.</summary>
    long Version { get; set; }

    /// <summary>UTC time of the last saved change.</summary>
    DateTime UpdatedAt { get; set; }
}
