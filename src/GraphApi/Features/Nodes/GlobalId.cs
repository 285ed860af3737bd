using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphApi.Features.GraphQL;
using GraphApi.GraphQL.Execution;

namespace GraphApi.Features.Nodes;

/// <summary>
/// The opaque IDs of Relay Global Object Identification: base64 of <c>Type:id</c> (e.g. <c>Product:42</c>),
/// unique across types, so that <c>Query.node</c> can tell which table to read.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The type name and database ID in <paramref name="globalId"/>, or false when it is not an ID of this API.</summary>
    public static bool TryDecode(string globalId, out string typeName, out int id)
    {
        typeName = "";
        id = 0;
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(globalId.Length)];
        if (!Convert.TryFromBase64String(globalId, bytes, out var length))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0
            || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id)
            || id <= 0)
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>
    /// The database ID in <paramref name="globalId"/>, which must be an ID of <paramref name="typeName"/>;
    /// otherwise a BAD_USER_INPUT field error naming <paramref name="argument"/>.
    /// </summary>
    public static int DecodeOf(string typeName, string globalId, string argument)
    {
        if (!TryDecode(globalId, out var actualType, out var id))
        {
            throw new FieldErrorException($"Argument \"{argument}\" is not an ID of this API: \"{globalId}\".", ShopErrorCodes.BadUserInput);
        }

        return actualType == typeName
            ? id
            : throw new FieldErrorException($"Argument \"{argument}\" must be the ID of a {typeName}, but \"{globalId}\" is the ID of a {actualType}.", ShopErrorCodes.BadUserInput);
    }
}
