using GraphApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphApi();

var app = builder.Build();
app.MapGraphApi();

app.Run();

/// <summary>Exposed for WebApplicationFactory in tests.</summary>
public partial class Program;
