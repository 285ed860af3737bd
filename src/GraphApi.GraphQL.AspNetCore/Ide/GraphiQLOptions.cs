namespace GraphApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// Settings of the GraphiQL IDE that browsers get at the GraphQL endpoint. Values set in code are defaults:
/// the <c>GraphQL:Ide</c> configuration section (appsettings, <c>GraphQL__Ide__Enabled</c> variables, ...)
/// overrides them.
/// </summary>
public sealed class GraphiQLOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string ConfigurationSection = "GraphQL:Ide";

    /// <summary>Whether the IDE is served. Unset, it is on in the Development environment and off elsewhere.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The page's title.</summary>
    public string Title { get; set; } = "GraphiQL";

    /// <summary>The text of a new editor tab; unset, GraphiQL shows its own welcome comment.</summary>
    public string? DefaultQuery { get; set; }
}
