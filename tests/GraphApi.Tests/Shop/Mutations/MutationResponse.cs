using System.Text.Json;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary>Reading mutation responses: the payload of a field, its typed errors, its GraphQL errors.</summary>
public static class MutationResponse
{
    /// <summary>The payload of <paramref name="field"/>, which must have no GraphQL errors.</summary>
    public static JsonElement Payload(JsonElement response, string field)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), $"Unexpected GraphQL errors: {errors}");
        return response.GetProperty("data").GetProperty(field);
    }

    /// <summary>The payload of a mutation that must have succeeded: no GraphQL errors and no typed errors.</summary>
    public static JsonElement Succeeded(JsonElement response, string field)
    {
        var payload = Payload(response, field);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"Unexpected errors: {payload.GetProperty("errors")}");
        return payload;
    }

    /// <summary>The typed errors of a mutation that must have failed with them, its result field (<paramref name="resultField"/>) null.</summary>
    public static List<JsonElement> TypedErrors(JsonElement response, string field, string resultField)
    {
        var payload = Payload(response, field);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(resultField).ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        return errors;
    }

    /// <summary>The only typed error of a failed mutation, which must be a <paramref name="typeName"/>.</summary>
    public static JsonElement SingleTypedError(JsonElement response, string field, string resultField, string typeName)
    {
        var error = Assert.Single(TypedErrors(response, field, resultField));
        Assert.Equal(typeName, error.GetProperty("__typename").GetString());
        return error;
    }

    /// <summary>
    /// The only GraphQL error of a request whose mutation field was refused: the field is null, the error has
    /// <paramref name="code"/> and the field's path.
    /// </summary>
    public static JsonElement RefusedWith(JsonElement response, string field, string code)
    {
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty(field).ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, Assert.Single(error.GetProperty("path").EnumerateArray()).GetString());
        return error;
    }

    public static string String(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static int Int(this JsonElement element, string property) => element.GetProperty(property).GetInt32();
}
