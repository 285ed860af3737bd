using System.Text.Json;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Shop.Infrastructure;

/// <summary>Reading the parts of responses the shop tests look at.</summary>
public static class JsonAssertions
{
    /// <summary>The value at a path of property names and array indices, e.g. <c>Path(data, "products", "nodes", 0)</c>.</summary>
    public static JsonElement At(this JsonElement element, params object[] path)
    {
        foreach (var step in path)
        {
            element = step is int index ? element[index] : element.GetProperty((string)step);
        }

        return element;
    }

    /// <summary>The string values of <paramref name="property"/> of each item of an array.</summary>
    public static IReadOnlyList<string?> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(item => item.GetProperty(property).GetString()).ToList();

    /// <summary>The response's single error: its message and code.</summary>
    public static (string Message, string? Code) SingleError(this GraphQLHttpResponse response)
    {
        var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
        return (error.GetProperty("message").GetString()!, code);
    }

    /// <summary>The response's data, asserting there were no errors.</summary>
    public static JsonElement Data(this GraphQLHttpResponse response)
    {
        Assert.False(response.Json.TryGetProperty("errors", out var errors), "Unexpected errors: " + errors);
        return response.Json.GetProperty("data");
    }
}
