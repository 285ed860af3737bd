namespace GraphApi.Data;

/// <summary>The databases the shop runs on; chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file database, the default: nothing to install.</summary>
    Sqlite,

    SqlServer,
}
