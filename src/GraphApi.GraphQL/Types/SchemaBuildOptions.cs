using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Types;

/// <summary>Options of <see cref="SchemaBuilder"/>.</summary>
public sealed class SchemaBuildOptions
{
    public static readonly SchemaBuildOptions Default = new();

    /// <summary>
    /// Skips the SDL and type-system validation (spec §3). Only for tests of the validators themselves:
    /// a schema that has not been validated may break every later stage.
    /// </summary>
    public bool SkipValidation { get; init; }

    /// <summary>Parser limits for SDL text; schema files are larger than requests.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.ForSchema;
}
