using System.Collections;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

public sealed partial class ExecutableSchemaBuilder
{
    private static readonly Type[] IntegerTypes =
        [typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong)];

    private static readonly Type[] FloatTypes = [.. IntegerTypes, typeof(float), typeof(double), typeof(decimal)];

    private static readonly Type[] IdTypes = [.. IntegerTypes, typeof(string), typeof(Guid)];

    /// <summary>
    /// Why values of CLR type <paramref name="clr"/> can never be values of <paramref name="type"/>, or null
    /// when they can. Nullability is not checked: a null where the schema forbids one is a field error at
    /// run time. <c>object</c> fits anything, since only run time can tell.
    /// </summary>
    private string? Misfit(Type clr, GraphQLType type)
    {
        clr = AwaitableValues.Unwrap(clr);
        clr = Nullable.GetUnderlyingType(clr) ?? clr;
        type = type.Nullable;
        if (clr == typeof(object))
        {
            return null;
        }

        if (type is ListType list)
        {
            if (clr == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(clr))
            {
                return $"{ClrTypeNames.Display(clr)} is not a list";
            }

            var itemReason = Misfit(ElementType(clr), list.OfType);
            return itemReason is null ? null : "its items do not fit: " + itemReason;
        }

        var named = (NamedType)type;
        switch (named)
        {
            case ScalarType scalar:
                var accepted = scalar.Name switch
                {
                    BuiltInScalars.Int => IntegerTypes,
                    BuiltInScalars.Float => FloatTypes,
                    BuiltInScalars.String => [typeof(string), typeof(char)],
                    BuiltInScalars.Boolean => [typeof(bool)],
                    BuiltInScalars.ID => IdTypes,
                    _ => null, // a custom scalar's coercer decides at run time
                };
                return accepted is null || Array.IndexOf(accepted, clr) >= 0
                    ? null
                    : $"{ClrTypeNames.Display(clr)} values are not {scalar.Name} values";
            case EnumType enumType:
                if (clr == typeof(string))
                {
                    return null;
                }

                if (!clr.IsEnum)
                {
                    return $"{ClrTypeNames.Display(clr)} is neither a string nor a CLR enum";
                }

                var unmatched = new EnumValueMap(enumType).UnmatchedMembers(clr);
                return unmatched.Count == 0
                    ? null
                    : $"no value of {enumType.Name} matches {ClrTypeNames.Display(clr)}.{string.Join(", " + ClrTypeNames.Display(clr) + ".", unmatched)}";
            default:
                if (IsLeafClrType(clr) || (typeof(IEnumerable).IsAssignableFrom(clr) && !typeof(IDictionary).IsAssignableFrom(clr)))
                {
                    return $"{ClrTypeNames.Display(clr)} is not an object";
                }

                return CompositeMisfit(clr, named);
        }
    }

    private string? CompositeMisfit(Type clr, NamedType type)
    {
        if (type is ObjectType objectType)
        {
            return _clrTypes.TryGetValue(objectType.Name, out var bound) && !Related(clr, bound)
                ? $"{type.Name} is bound to {ClrTypeNames.Display(bound)}"
                : null;
        }

        // An abstract type: some possible type must be able to hold the value, unless code resolves it.
        if (_typeResolvers.ContainsKey(type.Name))
        {
            return null;
        }

        foreach (var possible in Schema.GetPossibleTypes(type))
        {
            if (!_clrTypes.TryGetValue(possible.Name, out var bound) || Related(clr, bound))
            {
                return null;
            }
        }

        return $"no possible type of {type.Name} is bound to a CLR type related to {ClrTypeNames.Display(clr)}, and {type.Name} has no ResolveType";
    }

    /// <summary>A value of static type <paramref name="declared"/> may be a <paramref name="bound"/> (or the reverse).</summary>
    private static bool Related(Type declared, Type bound) => declared.IsAssignableFrom(bound) || bound.IsAssignableFrom(declared);

    private static bool IsLeafClrType(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan)
        || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Uri);

    /// <summary>The item type of a CLR collection: the T of its only <c>IEnumerable&lt;T&gt;</c>, else <c>object</c>.</summary>
    private static Type ElementType(Type collection)
    {
        if (collection.IsArray)
        {
            return collection.GetElementType()!;
        }

        Type? element = null;
        var interfaces = collection.IsInterface ? [collection, .. collection.GetInterfaces()] : collection.GetInterfaces();
        foreach (var iface in interfaces)
        {
            if (iface.IsGenericType && iface.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                if (element is not null && element != iface.GetGenericArguments()[0])
                {
                    return typeof(object);
                }

                element = iface.GetGenericArguments()[0];
            }
        }

        return element ?? typeof(object);
    }
}
