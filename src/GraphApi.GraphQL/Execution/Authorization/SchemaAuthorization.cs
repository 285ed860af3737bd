using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Authorization;

/// <summary>
/// The compiled requirements of a schema, looked up when plans are built (never per request). A schema
/// without any has none of these at all, so its plans carry no checks.
/// </summary>
internal sealed class SchemaAuthorization(
    Dictionary<ObjectType, AuthorizationRequirement> types,
    Dictionary<FieldDefinition, AuthorizationRequirement> fields)
{
    /// <summary>What completing a value as <paramref name="type"/> requires; null when nothing.</summary>
    public AuthorizationRequirement? ForType(ObjectType type) => types.GetValueOrDefault(type);

    /// <summary>What resolving <paramref name="field"/> (a field of an object type) requires; null when nothing.</summary>
    public AuthorizationRequirement? ForField(FieldDefinition field) => fields.GetValueOrDefault(field);
}
