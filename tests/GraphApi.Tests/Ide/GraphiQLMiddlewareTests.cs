using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphApi.GraphQL.AspNetCore.Ide;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace GraphApi.Tests.Ide;

/// <summary>
/// When the IDE is served and how: telling browsers from GraphQL clients, the options and where they come
/// from, and paths (path base, trailing slash, another endpoint path). Each test runs its own small app.
/// </summary>
public sealed partial class GraphiQLMiddlewareTests
{
    [Theory]
    [InlineData(IdePageTests.BrowserAccept, true)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true)] // Firefox
    [InlineData("text/html", true)]
    [InlineData("text/html, application/json;q=0.9", true)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", false)]
    [InlineData("application/json", false)]
    [InlineData("*/*", false)]
    [InlineData("", false)]
    [InlineData("application/json, text/html", false)]
    [InlineData("text/html;q=0.5, application/graphql-response+json", false)]
    [InlineData("text/html;q=0", false)]
    public void A_GET_is_a_browser_asking_for_the_IDE_when_it_prefers_html(string accept, bool isIde)
    {
        Assert.Equal(isIde, GraphiQLMiddleware.IsIdeRequest(Request("GET", accept)));
    }

    [Theory]
    [InlineData("HEAD", true)]
    [InlineData("POST", false)]
    [InlineData("PUT", false)]
    public void Only_GET_and_HEAD_ask_for_the_page(string method, bool isIde)
    {
        Assert.Equal(isIde, GraphiQLMiddleware.IsIdeRequest(Request(method, "text/html")));
    }

    [Theory]
    [InlineData("?query=%7B__typename%7D")]
    [InlineData("?query=")]
    public void A_GET_carrying_a_query_is_a_GraphQL_request_even_from_a_browser(string queryString)
    {
        Assert.False(GraphiQLMiddleware.IsIdeRequest(Request("GET", IdePageTests.BrowserAccept, queryString)));
    }

    [Fact]
    public void Other_parameters_do_not_stop_a_browser_from_getting_the_IDE()
    {
        Assert.True(GraphiQLMiddleware.IsIdeRequest(Request("GET", IdePageTests.BrowserAccept, "?utm_source=readme")));
    }

    [Fact]
    public async Task The_IDE_is_off_outside_Development_unless_configured()
    {
        await using var app = await StartAsync(Environments.Production);

        Assert.Equal("the endpoint", await (await GetPageAsync(app, "/graphql")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetTestClient().GetAsync("/graphql/ide/graphiql.js")).StatusCode);
    }

    [Fact]
    public async Task Configuration_turns_the_IDE_on_outside_Development()
    {
        await using var app = await StartAsync(Environments.Production, new() { ["GraphQL:Ide:Enabled"] = "true" });

        Assert.Equal("text/html", (await GetPageAsync(app, "/graphql")).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Configuration_turns_the_IDE_off_in_Development()
    {
        await using var app = await StartAsync(Environments.Development, new() { ["GraphQL:Ide:Enabled"] = "false" });

        Assert.Equal("the endpoint", await (await GetPageAsync(app, "/graphql")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Configuration_overrides_the_options_set_in_code()
    {
        await using var app = await StartAsync(
            Environments.Development,
            new() { ["GraphQL:Ide:Title"] = "Shop API (staging)" },
            options =>
            {
                options.Title = "Shop API";
                options.DefaultQuery = "{ products { name } }";
            });

        var html = await (await GetPageAsync(app, "/graphql")).Content.ReadAsStringAsync();

        Assert.Contains("<title>Shop API (staging)</title>", html);
        Assert.Equal("{ products { name } }", Settings(html).GetProperty("defaultQuery").GetString());
    }

    [Fact]
    public async Task Without_a_default_query_GraphiQL_keeps_its_own()
    {
        await using var app = await StartAsync(Environments.Development);

        var html = await (await GetPageAsync(app, "/graphql")).Content.ReadAsStringAsync();

        Assert.Equal("{}", Settings(html).GetRawText());
    }

    [Fact]
    public async Task A_title_and_default_query_cannot_break_out_of_the_page()
    {
        const string title = "</title><script>alert(1)</script>";
        const string query = "# </script><script>alert(2)</script>\n{ a }";
        await using var app = await StartAsync(Environments.Development, configure: options =>
        {
            options.Title = title;
            options.DefaultQuery = query;
        });

        var html = await (await GetPageAsync(app, "/graphql")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", html);
        Assert.Equal(2, Regex.Count(html, "<script"));
        Assert.Equal(title, WebUtility.HtmlDecode(Regex.Match(html, "<title>(.*)</title>").Groups[1].Value));
        Assert.Equal(query, Settings(html).GetProperty("defaultQuery").GetString());
    }

    [Theory]
    [InlineData("/shop/graphql", "graphql/ide/")]
    [InlineData("/shop/graphql/", "ide/")]
    [InlineData("/shop/GraphQL", "GraphQL/ide/")]
    public async Task Under_a_path_base_the_page_finds_its_files_relative_to_its_own_address(string path, string assets)
    {
        await using var app = await StartAsync(Environments.Development, pipeline: app => app.UsePathBase("/shop"));

        var html = await (await GetPageAsync(app, path)).Content.ReadAsStringAsync();
        var script = ScriptPattern().Match(html).Groups[1].Value;

        Assert.StartsWith(assets + "graphiql.js?v=", script);
        using var response = await app.GetTestClient().GetAsync(new Uri(new Uri("http://localhost" + path), script));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/shop/graphql/ide/graphiql.js", response.RequestMessage?.RequestUri?.AbsolutePath.ToLowerInvariant());
    }

    [Fact]
    public async Task The_IDE_follows_the_endpoint_to_another_path()
    {
        await using var app = await StartAsync(Environments.Development, endpointPath: "/api/gql");

        Assert.Equal("text/html", (await GetPageAsync(app, "/api/gql")).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await app.GetTestClient().GetAsync("/api/gql/ide/graphiql.css")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetPageAsync(app, "/graphql")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetPageAsync(app, "/api/gqlx")).StatusCode);
    }

    [Fact]
    public async Task Requests_that_are_not_for_the_IDE_go_on_to_the_endpoint()
    {
        await using var app = await StartAsync(Environments.Development);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{}") };
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await app.GetTestClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("the endpoint", await response.Content.ReadAsStringAsync());
    }

    private static HttpRequest Request(string method, string accept, string queryString = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.QueryString = new QueryString(queryString);
        if (accept.Length > 0)
        {
            context.Request.Headers.Accept = accept;
        }

        return context.Request;
    }

    /// <summary>A small app on the test server: the IDE in front of a stand-in endpoint that answers every request.</summary>
    private static async Task<WebApplication> StartAsync(
        string environment,
        Dictionary<string, string?>? configuration = null,
        Action<GraphiQLOptions>? configure = null,
        Action<WebApplication>? pipeline = null,
        string endpointPath = "/graphql")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(configuration ?? []);
        var app = builder.Build();
        pipeline?.Invoke(app);
        app.UseGraphiQL(endpointPath, configure);
        app.Map(endpointPath, () => "the endpoint");
        await app.StartAsync();
        return app;
    }

    private static Task<HttpResponseMessage> GetPageAsync(WebApplication app, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(IdePageTests.BrowserAccept);
        return app.GetTestClient().SendAsync(request);
    }

    private static JsonElement Settings(string html) =>
        JsonDocument.Parse(SettingsPattern().Match(html).Groups[1].Value).RootElement;

    [GeneratedRegex("""<script id="graphiql-settings" type="application/json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex SettingsPattern();

    [GeneratedRegex("""<script type="module" src="([^"]*)""")]
    private static partial Regex ScriptPattern();
}
