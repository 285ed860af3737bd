namespace GraphApi.GraphQL.Types;

/// <summary>How <see cref="SchemaPrinter"/> prints a schema. The defaults give graphql-js <c>printSchema()</c> output.</summary>
public sealed class SchemaPrinterOptions
{
    /// <summary>The graphql-js compatible output.</summary>
    public static SchemaPrinterOptions Default { get; } = new();

    /// <summary>
    /// Also print the directives applied in SDL (the model's <c>AppliedDirectives</c>), in source order after
    /// the built-in <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>, so that directives such as
    /// authorization rules survive printing and re-parsing a schema. graphql-js drops them; off by default.
    /// </summary>
    public bool IncludeAppliedDirectives { get; init; }
}
