using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Ide;

/// <summary>
/// The IDE page and its files as the real host serves them, checked over plain HTTP. The factory runs the
/// host in the Development environment, where the IDE is on by default.
/// </summary>
public sealed partial class IdePageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    /// <summary>What Chromium sends when a person opens an address.</summary>
    internal const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    private static readonly Uri PageUri = new("http://localhost/graphql");

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_browser_gets_an_html_page_that_loads_only_files_of_the_server()
    {
        using var response = await GetPageAsync(PageUri);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("http:", html);
        Assert.DoesNotContain("https:", html);
        Assert.DoesNotContain("//", html);

        var references = References(html);
        Assert.Equal(["data:,", "graphql/ide/graphiql.css", "graphql/ide/graphiql.js"], references.Select(r => r.Split('?')[0]).Order());
        foreach (var reference in references.Where(r => !r.StartsWith("data:", StringComparison.Ordinal)))
        {
            using var asset = await _client.GetAsync(new Uri(PageUri, reference));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
    }

    [Fact]
    public async Task The_page_forbids_scripts_styles_and_connections_from_anywhere_else()
    {
        using var response = await GetPageAsync(PageUri);

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("worker-src 'self';", policy);
        Assert.Contains("connect-src 'self';", policy);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("graphiql.js", "text/javascript")]
    [InlineData("graphiql.css", "text/css")]
    [InlineData("editor.worker.js", "text/javascript")]
    [InlineData("json.worker.js", "text/javascript")]
    [InlineData("graphql.worker.js", "text/javascript")]
    [InlineData("THIRD-PARTY-NOTICES.txt", "text/plain")]
    public async Task Each_file_of_the_bundle_is_served_with_its_content_type(string file, string mediaType)
    {
        using var response = await _client.GetAsync("/graphql/ide/" + file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length > 1000, $"{file} has only {body.Length} bytes.");
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task The_licence_notices_of_GraphiQL_are_served_with_the_bundle()
    {
        var notices = await _client.GetStringAsync("/graphql/ide/THIRD-PARTY-NOTICES.txt");

        Assert.Matches(@"(?m)^graphiql \d+\.\d+\.\d+ \(MIT\)$", notices);
        Assert.Matches(@"(?m)^react \d+\.\d+\.\d+ \(MIT\)$", notices);
        Assert.Contains("Permission is hereby granted, free of charge", notices);
    }

    [Fact]
    public async Task Files_addressed_with_the_current_version_are_cached_for_good_and_others_revalidated()
    {
        var html = await (await GetPageAsync(PageUri)).Content.ReadAsStringAsync();
        var script = References(html).Single(r => r.Contains("graphiql.js", StringComparison.Ordinal));
        Assert.Matches(@"\?v=[A-Za-z0-9_-]{22}$", script);

        using var versioned = await _client.GetAsync(new Uri(PageUri, script));
        using var unversioned = await _client.GetAsync("/graphql/ide/graphiql.js");
        using var otherVersion = await _client.GetAsync("/graphql/ide/graphiql.js?v=old");

        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
        Assert.Equal("no-cache", unversioned.Headers.CacheControl?.ToString());
        Assert.Equal("no-cache", otherVersion.Headers.CacheControl?.ToString());
        Assert.Equal(versioned.Headers.ETag, unversioned.Headers.ETag);
    }

    [Fact]
    public async Task A_file_the_browser_already_has_is_not_sent_again()
    {
        using var first = await _client.GetAsync("/graphql/ide/graphiql.css");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/graphql/ide/graphiql.css");
        again.Headers.IfNoneMatch.Add(etag);
        using var response = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag);

        using var changed = new HttpRequestMessage(HttpMethod.Get, "/graphql/ide/graphiql.css");
        changed.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-older-build\""));
        using var changedResponse = await _client.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, changedResponse.StatusCode);
    }

    [Fact]
    public async Task Different_files_have_different_etags()
    {
        using var script = await _client.GetAsync("/graphql/ide/graphiql.js");
        using var styles = await _client.GetAsync("/graphql/ide/graphiql.css");

        Assert.NotEqual(script.Headers.ETag, styles.Headers.ETag);
    }

    [Fact]
    public async Task HEAD_gives_the_headers_of_a_file_without_its_content()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/graphql/ide/graphiql.js"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 1_000_000);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/graphql/ide/missing.js")]
    [InlineData("/graphql/ide/")]
    [InlineData("/graphql/ide")]
    [InlineData("/graphql/ide/dist/graphiql.js")]
    [InlineData("/graphql/ide/GRAPHIQL.JS")]
    public async Task Names_that_are_not_files_of_the_bundle_are_not_found(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_files_can_only_be_read()
    {
        using var response = await _client.PostAsync("/graphql/ide/graphiql.js", new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task A_GraphQL_client_asking_for_JSON_gets_the_endpoint()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_browser_opening_a_query_address_gets_the_result_not_the_page()
    {
        using var response = await GetPageAsync(new Uri(PageUri, "?query=%7B%20hello%20%7D"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"hello\"", await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> GetPageAsync(Uri uri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd(BrowserAccept);
        return await _client.SendAsync(request);
    }

    /// <summary>The addresses in the page's src and href attributes.</summary>
    private static List<string> References(string html) =>
        ReferencePattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("""(?:src|href)="([^"]*)""")]
    private static partial Regex ReferencePattern();
}
