using GraphApi;
using GraphApi.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphApi();

var app = builder.Build();
app.MapGraphApi();
await app.InitializeShopDatabaseAsync();

app.Run();

/// <summary>Exposed for WebApplicationFactory in tests.</summary>
public partial class Program;
