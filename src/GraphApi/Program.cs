using GraphApi.GraphQL.AspNetCore.Ide;

var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

app.UseGraphiQL("/graphql");
app.MapGet("/health", () => Results.Text("Healthy"));

app.Run();

/// <summary>Exposed for WebApplicationFactory in tests.</summary>
public partial class Program;
