namespace GraphApi.GraphQL.Execution.Authorization;

/// <summary>What an authorization check protects: a field before its resolver runs, or a value being completed as an object type.</summary>
public enum AuthorizationTarget
{
    /// <summary>A field with the directive (or whose interface field or root type has it); checked before its resolver runs.</summary>
    Field,

    /// <summary>An object type with the directive (or one of its interfaces has it); checked before any of its fields resolve.</summary>
    Type,
}
