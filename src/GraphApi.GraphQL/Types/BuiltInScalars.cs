namespace GraphApi.GraphQL.Types;

/// <summary>The five built-in scalars (spec §3.5.1-§3.5.5). Each schema gets its own instances.</summary>
public static class BuiltInScalars
{
    public const string Int = "Int";
    public const string Float = "Float";
    public const string String = "String";
    public const string Boolean = "Boolean";
    public const string ID = "ID";

    public static readonly IReadOnlyList<string> Names = [Int, Float, String, Boolean, ID];

    public static bool IsBuiltIn(string name) => name is Int or Float or String or Boolean or ID;
}
