using System.Collections;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

public sealed partial class ExecutableSchemaBuilder
{
    private static readonly FieldGetter Identity = static (value, _) => value;

    /// <summary>
    /// Binds every field of every object type reachable from the root types, and fails — listing every
    /// problem — when one cannot be resolved or its CLR property cannot produce its type, when a custom
    /// scalar in use has no coercer, when a registration names something the schema lacks, or when an
    /// authorization directive cannot be enforced as written (e.g. it names an unregistered policy).
    /// </summary>
    /// <exception cref="SchemaBindingException">The schema cannot be executed as bound.</exception>
    public ExecutableSchema Build()
    {
        var problems = new List<string>(_registrationProblems);
        var clrTypes = new Dictionary<ObjectType, Type>(ReferenceEqualityComparer.Instance);
        foreach (var (name, clr) in _clrTypes)
        {
            if (IsLeafClrType(clr) || typeof(IEnumerable).IsAssignableFrom(clr))
            {
                problems.Add($"{name}: cannot be bound to {ClrTypeNames.Display(clr)}, which is not an object.");
            }
            else
            {
                clrTypes[(ObjectType)Schema.GetType(name)!] = clr;
            }
        }

        var rootValues = new Dictionary<OperationType, object?>();
        foreach (var operation in (ReadOnlySpan<OperationType>)[OperationType.Query, OperationType.Mutation, OperationType.Subscription])
        {
            if (Schema.GetRootType(operation) is { } root)
            {
                rootValues[operation] = RootValueFor(root, clrTypes, problems);
            }
        }

        var bindings = new Dictionary<FieldDefinition, FieldBinding>(ReferenceEqualityComparer.Instance);
        var reachable = ReachableTypes();
        foreach (var type in Schema.Types)
        {
            if (!reachable.Contains(type))
            {
                continue;
            }

            if (type is ObjectType objectType)
            {
                foreach (var field in objectType.Fields)
                {
                    if (BindField(objectType, field, clrTypes, rootValues, problems) is { } binding)
                    {
                        bindings[field] = binding;
                    }
                }
            }
            else if (type is ScalarType scalar && _scalars.Get(scalar.Name) is null)
            {
                problems.Add($"{scalar.Name}: the custom scalar has no coercer; add one with AddScalar.");
            }
        }

        var authorization = CompileAuthorization(problems);
        if (problems.Count > 0)
        {
            throw new SchemaBindingException(problems);
        }

        var typeResolvers = new Dictionary<NamedType, Func<object, ExecutableSchema, ObjectType?>>(ReferenceEqualityComparer.Instance);
        foreach (var (name, resolver) in _typeResolvers)
        {
            typeResolvers[Schema.GetType(name)!] = resolver;
        }

        return new ExecutableSchema(Schema, _scalars, bindings, clrTypes, typeResolvers, rootValues, authorization);
    }

    private FieldBinding? BindField(
        ObjectType type,
        FieldDefinition field,
        Dictionary<ObjectType, Type> clrTypes,
        Dictionary<OperationType, object?> rootValues,
        List<string> problems)
    {
        var coordinate = type.Name + "." + field.Name;
        SubscribeResolver? subscribe = null;
        var isSubscriptionRoot = ReferenceEquals(type, Schema.SubscriptionType);
        if (isSubscriptionRoot && !_subscribers.TryGetValue((type.Name, field.Name), out subscribe))
        {
            problems.Add($"{coordinate}: no source event stream; register one with Subscribe(\"{type.Name}\", \"{field.Name}\", ...).");
        }

        if (FindRegistration(type, field.Name) is { } registration)
        {
            if (registration.ParentType is { } expected)
            {
                CheckTypedParent(type, coordinate, expected, clrTypes, rootValues, isSubscriptionRoot, problems);
            }

            // A registered getter (ResolveFromParent) never returns a task.
            return new FieldBinding
            {
                Resolver = registration.Resolver,
                Getter = registration.Getter,
                MayBeAwaitable = registration.Getter is null,
                Subscribe = subscribe,
            };
        }

        if (isSubscriptionRoot)
        {
            // Without a resolver, each event of the source stream is the field's value.
            return new FieldBinding { Getter = Identity, Subscribe = subscribe };
        }

        if (!clrTypes.TryGetValue(type, out var clr))
        {
            problems.Add($"{coordinate}: no resolver, and no CLR type is bound to {type.Name} to read a property from (use Resolve or BindType).");
            return null;
        }

        var property = PropertyGetter.Find(clr, field.Name);
        if (property is null)
        {
            problems.Add($"{coordinate}: no resolver, and {ClrTypeNames.Display(clr)} has no public property \"{field.Name}\"{(char.IsLower(field.Name[0]) ? $" or \"{char.ToUpperInvariant(field.Name[0])}{field.Name[1..]}\"" : "")}.");
            return null;
        }

        if (Misfit(property.PropertyType, field.Type) is { } reason)
        {
            problems.Add(
                $"{coordinate}: the property {ClrTypeNames.Display(clr)}.{property.Name} of CLR type {ClrTypeNames.Display(property.PropertyType)} cannot produce {field.Type} ({reason}).");
            return null;
        }

        return new FieldBinding
        {
            Getter = PropertyGetter.Compile(property, clr, coordinate),
            MayBeAwaitable = AwaitableValues.CanHold(property.PropertyType),
        };
    }

    private Registration? FindRegistration(ObjectType type, string fieldName)
    {
        if (_resolvers.TryGetValue((type.Name, fieldName), out var registration))
        {
            return registration;
        }

        foreach (var iface in type.Interfaces)
        {
            if (_resolvers.TryGetValue((iface.Name, fieldName), out registration))
            {
                return registration;
            }
        }

        return null;
    }

    private void CheckTypedParent(
        ObjectType type,
        string coordinate,
        Type expected,
        Dictionary<ObjectType, Type> clrTypes,
        Dictionary<OperationType, object?> rootValues,
        bool isSubscriptionRoot,
        List<string> problems)
    {
        if (clrTypes.TryGetValue(type, out var bound))
        {
            if (!expected.IsAssignableFrom(bound))
            {
                problems.Add($"{coordinate}: the resolver takes a parent of CLR type {ClrTypeNames.Display(expected)}, but {type.Name} is bound to {ClrTypeNames.Display(bound)}.");
            }

            return;
        }

        // A root type's parent is the root value (a subscription event for subscription fields, unknown here).
        var operation = RootOperation(type);
        if (operation is not null && !isSubscriptionRoot && rootValues[operation.Value] is var root && !expected.IsInstanceOfType(root))
        {
            problems.Add(
                $"{coordinate}: the resolver takes a parent of CLR type {ClrTypeNames.Display(expected)}, but the root value is {(root is null ? "null" : "a " + ClrTypeNames.Display(root.GetType()))}.");
        }
    }

    private OperationType? RootOperation(ObjectType type) =>
        ReferenceEquals(type, Schema.QueryType) ? OperationType.Query
        : ReferenceEquals(type, Schema.MutationType) ? OperationType.Mutation
        : ReferenceEquals(type, Schema.SubscriptionType) ? OperationType.Subscription
        : null;

    private object? RootValueFor(ObjectType root, Dictionary<ObjectType, Type> clrTypes, List<string> problems)
    {
        if (!clrTypes.TryGetValue(root, out var clr))
        {
            return _rootValue;
        }

        if (_rootValue is not null)
        {
            if (!clr.IsInstanceOfType(_rootValue))
            {
                problems.Add($"{root.Name}: the root value is a {ClrTypeNames.Display(_rootValue.GetType())}, but {root.Name} is bound to {ClrTypeNames.Display(clr)}.");
            }

            return _rootValue;
        }

        if (clr.IsAbstract || (!clr.IsValueType && clr.GetConstructor(Type.EmptyTypes) is null))
        {
            problems.Add($"{root.Name}: bound to {ClrTypeNames.Display(clr)}, which has no public parameterless constructor to create the root value with; give one with RootValue(...).");
            return null;
        }

        return Activator.CreateInstance(clr);
    }

    /// <summary>The named types an operation can reach from the root types through fields, arguments and possible types.</summary>
    private HashSet<NamedType> ReachableTypes()
    {
        var reachable = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<NamedType>();
        foreach (var root in (ReadOnlySpan<ObjectType?>)[Schema.QueryType, Schema.MutationType, Schema.SubscriptionType])
        {
            if (root is not null)
            {
                pending.Push(root);
            }
        }

        // The query root's meta-field __schema (spec §4.2) reaches the introspection types.
        if (Schema.QueryType is not null && Schema.SchemaMetaField is { } schemaField)
        {
            pending.Push(schemaField.Type.Named);
        }

        while (pending.TryPop(out var type))
        {
            if (!reachable.Add(type))
            {
                continue;
            }

            switch (type)
            {
                case FieldsType fieldsType:
                    foreach (var field in fieldsType.Fields)
                    {
                        pending.Push(field.Type.Named);
                        foreach (var argument in field.Arguments)
                        {
                            pending.Push(argument.Type.Named);
                        }
                    }

                    if (type is InterfaceType iface)
                    {
                        foreach (var possible in Schema.GetPossibleTypes(iface))
                        {
                            pending.Push(possible);
                        }
                    }

                    break;
                case UnionType union:
                    foreach (var member in union.Types)
                    {
                        pending.Push(member);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        pending.Push(field.Type.Named);
                    }

                    break;
            }
        }

        return reachable;
    }
}
