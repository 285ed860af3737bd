using System.Collections.Concurrent;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Resolvers;

/// <summary>
/// Result coercion of one enum type (spec §3.9 Result Coercion): a resolved value is either the value's
/// name as a string or a CLR enum member, matched to a GraphQL value by <see cref="Matches"/>. The CLR
/// member → name table is built once per CLR enum type.
/// </summary>
internal sealed class EnumValueMap(EnumType type)
{
    private readonly ConcurrentDictionary<Type, Dictionary<object, string>> _byClrType = new();

    public EnumType Type { get; } = type;

    /// <summary>The GraphQL name of <paramref name="value"/>, or null when it names no value of the enum.</summary>
    public string? Serialize(object value)
    {
        if (value is string name)
        {
            return Type.Values.TryGetValue(name, out var definition) ? definition.Name : null;
        }

        if (value is Enum)
        {
            // The static lambda with state, unlike the method group, allocates no delegate per value.
            var table = _byClrType.GetOrAdd(value.GetType(), static (clrEnum, self) => self.BuildTable(clrEnum), this);
            return table.GetValueOrDefault(value);
        }

        return null;
    }

    /// <summary>The members of <paramref name="clrEnum"/> that match no value of the enum type.</summary>
    public List<string> UnmatchedMembers(Type clrEnum)
    {
        var unmatched = new List<string>();
        foreach (var member in Enum.GetNames(clrEnum))
        {
            if (FindValue(Type, member) is null)
            {
                unmatched.Add(member);
            }
        }

        return unmatched;
    }

    /// <summary>
    /// A GraphQL enum value and a CLR enum member match when their names are equal, or equal ignoring
    /// case and underscores, so that <c>PENDING_PAYMENT</c> matches <c>PendingPayment</c>.
    /// </summary>
    public static bool Matches(string graphQLName, string clrName) =>
        graphQLName == clrName || Normalize(graphQLName).Equals(Normalize(clrName), StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of <paramref name="type"/> that <paramref name="clrName"/> matches, an exact match first.</summary>
    public static EnumValueDefinition? FindValue(EnumType type, string clrName)
    {
        if (type.Values.TryGetValue(clrName, out var exact))
        {
            return exact;
        }

        foreach (var value in type.Values)
        {
            if (Matches(value.Name, clrName))
            {
                return value;
            }
        }

        return null;
    }

    private static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal);

    private Dictionary<object, string> BuildTable(Type clrEnum)
    {
        var table = new Dictionary<object, string>();
        foreach (var member in Enum.GetValues(clrEnum))
        {
            if (FindValue(Type, Enum.GetName(clrEnum, member)!) is { } value)
            {
                table.TryAdd(member, value.Name);
            }
        }

        return table;
    }
}
