using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphApi.GraphQL.Execution.Resolvers;

/// <summary>
/// Converts coerced argument values (spec §6.4.1: null, string, bool, int, double, custom scalar values,
/// enum names, <c>object?[]</c> lists, <c>IReadOnlyDictionary</c> input objects) to the CLR types resolvers
/// ask for: numeric types, <see cref="Guid"/>, CLR enums by name, arrays and list interfaces, dictionaries,
/// and classes (records included) filled by constructor parameter or property name. A converter is built
/// once per CLR type, with compiled constructors and setters, and cached.
/// </summary>
internal static class ArgumentConverter
{
    private static readonly ConcurrentDictionary<Type, Converter> Converters = new();

    private static readonly Type[] IntegralTypes =
        [typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong)];

    /// <summary>Converts one value; <paramref name="site"/> names the argument in error messages.</summary>
    public delegate object? Converter(object? value, Site site);

    public static Converter For(Type target) => Converters.GetOrAdd(target, Create);

    /// <summary>Converts to <typeparamref name="T"/> through a converter found once per type, not per call.</summary>
    public static T Convert<T>(object? value, Site site) => (T)Typed<T>.Converter(value, site)!;

    private static Converter Create(Type target)
    {
        if (target == typeof(object))
        {
            return static (value, _) => value;
        }

        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            var inner = For(underlying);
            return (value, site) => value is null ? null : inner(value, site);
        }

        var convert = CreateForValue(target);
        var acceptsNull = !target.IsValueType;
        return (value, site) =>
            value is null ? (acceptsNull ? null : throw Mismatch(site, "null", target))
            : target.IsInstanceOfType(value) ? value
            : convert(value, site);
    }

    /// <summary>The conversion of a non-null value that is not already a <paramref name="target"/>.</summary>
    private static Converter CreateForValue(Type target)
    {
        if (target.IsEnum)
        {
            return EnumConverter(target);
        }

        if (Array.IndexOf(IntegralTypes, target) >= 0 || target == typeof(double) || target == typeof(float) || target == typeof(decimal))
        {
            return (value, site) => ConvertNumber(value!, target, site);
        }

        if (target == typeof(Guid))
        {
            return static (value, site) => value is string text && Guid.TryParse(text, CultureInfo.InvariantCulture, out var guid)
                ? guid
                : throw new FieldErrorException($"Argument \"{site.Argument}\" of field \"{site.Field}\" must be a GUID, but got {Describe(value)}.", ExecutionErrorCodes.BadUserInput);
        }

        if (target.IsArray)
        {
            return CollectionConverter(target, target.GetElementType()!, nameof(ToArray));
        }

        if (target.IsGenericType && target.GetGenericArguments() is [var element])
        {
            if (target.IsAssignableFrom(typeof(List<>).MakeGenericType(element)))
            {
                return CollectionConverter(target, element, nameof(ToList));
            }

            if (target.IsAssignableFrom(typeof(HashSet<>).MakeGenericType(element)))
            {
                return CollectionConverter(target, element, nameof(ToHashSet));
            }
        }

        if (target.IsAssignableFrom(typeof(Dictionary<string, object?>)))
        {
            return (value, site) => value is IReadOnlyDictionary<string, object?> fields
                ? new Dictionary<string, object?>(fields, StringComparer.Ordinal)
                : throw Mismatch(site, Describe(value), target);
        }

        if (target.IsClass && !target.IsAbstract && target != typeof(string))
        {
            return ObjectConverter(target);
        }

        return (value, site) => throw Mismatch(site, Describe(value), target);
    }

    private static object ConvertNumber(object value, Type target, Site site)
    {
        if (value is not (int or long or double or decimal or float or short or byte or sbyte or ushort or uint or ulong))
        {
            throw Mismatch(site, Describe(value), target);
        }

        try
        {
            if (value is double or float or decimal && Array.IndexOf(IntegralTypes, target) >= 0)
            {
                var number = System.Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                if (decimal.Truncate(number) != number)
                {
                    throw Mismatch(site, Describe(value), target);
                }
            }

            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw Mismatch(site, Describe(value), target);
        }
    }

    private static Converter EnumConverter(Type target)
    {
        var members = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var member in Enum.GetValues(target))
        {
            members.TryAdd(Enum.GetName(target, member)!, member);
        }

        return (value, site) =>
        {
            if (value is string name)
            {
                if (members.TryGetValue(name, out var exact))
                {
                    return exact;
                }

                foreach (var (clrName, member) in members)
                {
                    if (EnumValueMap.Matches(name, clrName))
                    {
                        return member;
                    }
                }
            }

            throw Mismatch(site, Describe(value), target);
        };
    }

    private static Converter CollectionConverter(Type target, Type element, string factoryName)
    {
        var factory = typeof(ArgumentConverter)
            .GetMethod(factoryName, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(element)
            .CreateDelegate<Func<IEnumerable, Converter, Site, object>>();
        Converter? convertItem = null; // resolved on first use: an input type may contain lists of itself
        return (value, site) => value is IEnumerable items and not string
            ? factory(items, convertItem ??= For(element), site)
            : throw Mismatch(site, Describe(value), target);
    }

    private static object ToArray<T>(IEnumerable items, Converter convert, Site site) => ToList<T>(items, convert, site).ToArray();

    private static List<T> ToList<T>(IEnumerable items, Converter convert, Site site)
    {
        var list = items is ICollection collection ? new List<T>(collection.Count) : [];
        foreach (var item in items)
        {
            list.Add((T)convert(item, site)!);
        }

        return list;
    }

    private static HashSet<T> ToHashSet<T>(IEnumerable items, Converter convert, Site site) => [.. ToList<T>(items, convert, site)];

    /// <summary>
    /// An input object to a class: a public parameterless constructor and settable properties, or the public
    /// constructor with the most parameters (records) and then the settable properties it leaves.
    /// </summary>
    private static Converter ObjectConverter(Type target)
    {
        var constructor = target.GetConstructor(Type.EmptyTypes);
        if (constructor is null)
        {
            foreach (var candidate in target.GetConstructors())
            {
                if (constructor is null || candidate.GetParameters().Length > constructor.GetParameters().Length)
                {
                    constructor = candidate;
                }
            }
        }

        if (constructor is null)
        {
            return (value, site) => throw Mismatch(site, Describe(value), target);
        }

        var parameters = constructor.GetParameters();
        var arguments = Expression.Parameter(typeof(object[]), "arguments");
        var argumentExpressions = new Expression[parameters.Length];
        var parameterMembers = new Member[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            argumentExpressions[i] = Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), parameter.ParameterType);
            var fallback = parameter.HasDefaultValue && parameter.DefaultValue is not DBNull
                ? parameter.DefaultValue
                : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType) : null;
            parameterMembers[i] = new Member(parameter.Name!, parameter.ParameterType, null, fallback);
        }

        var create = Expression.Lambda<Func<object?[], object>>(
            Expression.Convert(Expression.New(constructor, argumentExpressions), typeof(object)), arguments).Compile();

        var properties = new List<Member>();
        foreach (var property in target.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
                && Array.FindIndex(parameters, p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)) < 0)
            {
                properties.Add(new Member(property.Name, property.PropertyType, CompileSetter(target, property), null));
            }
        }

        var propertyMembers = properties.ToArray();
        return (value, site) =>
        {
            if (value is not IReadOnlyDictionary<string, object?> fields)
            {
                throw Mismatch(site, Describe(value), target);
            }

            var values = new object?[parameterMembers.Length];
            for (int i = 0; i < values.Length; i++)
            {
                var member = parameterMembers[i];
                values[i] = member.TryRead(fields, out var field) ? member.Convert(field, site) : member.Fallback;
            }

            var instance = create(values);
            foreach (var member in propertyMembers)
            {
                if (member.TryRead(fields, out var field))
                {
                    member.Setter!(instance, member.Convert(field, site));
                }
            }

            return instance;
        };
    }

    private static Action<object, object?> CompileSetter(Type target, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(instance, target), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
    }

    private static InvalidOperationException Mismatch(Site site, string value, Type target) =>
        new($"Argument \"{site.Argument}\" of field \"{site.Field}\" is {value}, which cannot be converted to {ClrTypeNames.Display(target)}.");

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        IReadOnlyDictionary<string, object?> => "an input object",
        IEnumerable => "a list",
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) + " (" + ClrTypeNames.Display(value.GetType()) + ")",
    };

    private static class Typed<T>
    {
        public static readonly Converter Converter = For(typeof(T));
    }

    /// <summary>The field and argument a conversion is for, named by its errors.</summary>
    public readonly record struct Site(string Field, string Argument);

    /// <summary>A constructor parameter or settable property, read from the input object field of the same name (first letter in either case).</summary>
    private sealed class Member(string name, Type type, Action<object, object?>? setter, object? fallback)
    {
        private readonly string _camelName = char.ToLowerInvariant(name[0]) + name[1..];
        private Converter? _convert;

        public Action<object, object?>? Setter { get; } = setter;

        public object? Fallback { get; } = fallback;

        public bool TryRead(IReadOnlyDictionary<string, object?> fields, out object? value) =>
            fields.TryGetValue(name, out value) || fields.TryGetValue(_camelName, out value);

        public object? Convert(object? value, Site site) => (_convert ??= For(type))(value, site);
    }
}
