using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Host;

/// <summary>A server that cannot serve its schema, or whose options make no sense, stops at startup, saying why.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _schemaFile = Path.Combine(Path.GetTempPath(), $"graphapi-startup-{Guid.NewGuid():N}.graphql");

    public void Dispose() => File.Delete(_schemaFile);

    private WebApplication Build(string sdl, Action<ExecutableSchemaBuilder> configure, params string[] args)
    {
        File.WriteAllText(_schemaFile, sdl);
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddGraphQLServer(_schemaFile, configure);
        return builder.Build();
    }

    [Fact]
    public async Task A_field_without_a_resolver_stops_the_server_when_the_endpoint_is_mapped()
    {
        await using var app = Build("type Query { hello: String orphan: Int }", schema => schema.Resolve("Query", "hello", _ => "hi"));

        var error = Assert.Throws<SchemaBindingException>(() => app.MapGraphQL());

        Assert.Contains("Query.orphan", error.Message);
    }

    [Fact]
    public async Task An_invalid_schema_file_stops_the_server_naming_the_file()
    {
        await using var app = Build("type Query { hello: Missing }", _ => { });

        var error = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());

        Assert.Contains(_schemaFile, error.Message);
        Assert.Contains("Missing", error.Message);
    }

    [Fact]
    public async Task A_missing_schema_file_stops_the_server_naming_the_file()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQLServer("no-such-schema.graphql", _ => { });
        await using var app = builder.Build();

        var error = Assert.Throws<FileNotFoundException>(() => app.MapGraphQL());

        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "no-such-schema.graphql"), error.Message);
    }

    [Fact]
    public async Task Options_that_make_no_sense_stop_the_server_naming_the_setting()
    {
        await using var app = Build(
            "type Query { hello: String }",
            schema => schema.Resolve("Query", "hello", _ => "hi"),
            "--GraphQL:MaxRequestBodyBytes=0",
            "--GraphQL:Path=graphql",
            "--GraphQL:Cors:AllowedOrigins:0=*",
            "--GraphQL:Cors:AllowCredentials=true",
            "--GraphQL:Cors:AllowedOrigins:1=nitro.chillicream.com");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Equal(
            new[]
            {
                "GraphQL:Path must start with '/', not \"graphql\".",
                "GraphQL:MaxRequestBodyBytes must be positive, not 0.",
                "GraphQL:Cors:AllowCredentials cannot be true when GraphQL:Cors:AllowedOrigins contains \"*\": browsers refuse credentials for any origin; list the origins.",
                "GraphQL:Cors:AllowedOrigins: \"nitro.chillicream.com\" is not an origin such as https://nitro.chillicream.com.",
            },
            error.Failures);
    }
}
