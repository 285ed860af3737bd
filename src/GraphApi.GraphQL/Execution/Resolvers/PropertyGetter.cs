using System.Linq.Expressions;
using System.Reflection;

namespace GraphApi.GraphQL.Execution.Resolvers;

/// <summary>
/// Default field resolution: finds the CLR property a field reads, and compiles the read into a delegate
/// once, so that resolving the field costs a delegate call and no reflection.
/// </summary>
internal static class PropertyGetter
{
    private static readonly MethodInfo MismatchMethod =
        typeof(PropertyGetter).GetMethod(nameof(ParentMismatch), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo BoxBooleanMethod =
        typeof(PropertyGetter).GetMethod(nameof(BoxBoolean), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo BoxNullableBooleanMethod =
        typeof(PropertyGetter).GetMethod(nameof(BoxNullableBoolean), BindingFlags.NonPublic | BindingFlags.Static)!;

    // Shared boxes, so that reading a boolean property allocates nothing.
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>
    /// The readable public instance property of <paramref name="type"/> a field named
    /// <paramref name="fieldName"/> reads: same name, or the name with its first letter upper-cased.
    /// </summary>
    public static PropertyInfo? Find(Type type, string fieldName)
    {
        var property = FindExact(type, fieldName);
        if (property is null && fieldName.Length > 0 && char.IsLower(fieldName[0]))
        {
            property = FindExact(type, char.ToUpperInvariant(fieldName[0]) + fieldName[1..]);
        }

        return property;
    }

    /// <summary>
    /// Compiles <c>parent =&gt; (object)((T)parent).Property</c>; a parent of another CLR type throws an
    /// error naming the field, the expected and the actual type, rather than an invalid cast.
    /// </summary>
    public static FieldGetter Compile(PropertyInfo property, Type parentType, string coordinate)
    {
        var parent = Expression.Parameter(typeof(object), "parent");
        var arguments = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "arguments");
        var read = Box(Expression.Property(Expression.Convert(parent, parentType), property));
        var body = Expression.Condition(
            Expression.TypeIs(parent, parentType),
            read,
            Expression.Throw(
                Expression.Call(MismatchMethod, Expression.Constant(coordinate), Expression.Constant(parentType), parent),
                typeof(object)));
        return Expression.Lambda<FieldGetter>(body, parent, arguments).Compile();
    }

    private static Expression Box(Expression value) =>
        value.Type == typeof(bool) ? Expression.Call(BoxBooleanMethod, value)
        : value.Type == typeof(bool?) ? Expression.Call(BoxNullableBooleanMethod, value)
        : Expression.Convert(value, typeof(object));

    private static object BoxBoolean(bool value) => value ? True : False;

    private static object? BoxNullableBoolean(bool? value) => value is { } b ? BoxBoolean(b) : null;

    private static PropertyInfo? FindExact(Type type, string name)
    {
        // Walk the class hierarchy (the most derived declaration wins over hidden ones), then the
        // interfaces, whose members GetProperty does not search.
        for (var t = type; t is not null; t = t.BaseType)
        {
            var property = t.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            if (IsReadable(property))
            {
                return property;
            }
        }

        if (type.IsInterface)
        {
            foreach (var iface in type.GetInterfaces())
            {
                var property = iface.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
                if (IsReadable(property))
                {
                    return property;
                }
            }
        }

        return null;
    }

    private static bool IsReadable(PropertyInfo? property) =>
        property is not null && property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0;

    private static Exception ParentMismatch(string coordinate, Type expected, object? parent) =>
        new InvalidOperationException(parent is null
            ? $"Field \"{coordinate}\" reads a property of {ClrTypeNames.Display(expected)}, but its parent value is null."
            : $"Field \"{coordinate}\" reads a property of {ClrTypeNames.Display(expected)}, but its parent value is a {ClrTypeNames.Display(parent.GetType())}.");
}
