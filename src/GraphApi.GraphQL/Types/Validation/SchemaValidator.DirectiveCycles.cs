using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    /// <summary>
    /// One step from a directive or type to what it references: a directive applied to it or one of its
    /// members, or a type one of its members has. <see cref="Use"/> is the applied directive, if the step is one.
    /// </summary>
    private readonly record struct Reference(INamedElement Target, string Step, DirectiveNode? Use);

    /// <summary>
    /// spec §3.13 Type Validation rules 2-3: a directive definition must not use the directive itself, neither
    /// on its own arguments nor through the types and directives those arguments reach. graphql-js does not
    /// check this; the spec's own counter-example is <c>directive @d(arg: String @d) on ARGUMENT_DEFINITION</c>.
    /// The shortest such path is reported.
    /// </summary>
    private static void ValidateDirectiveDoesNotReferenceItself(SchemaValidationContext context, DirectiveDefinition directive)
    {
        var schema = context.Schema;
        var cameFrom = new Dictionary<INamedElement, (INamedElement From, string Step)>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<INamedElement>();
        queue.Enqueue(directive);
        while (queue.TryDequeue(out var current))
        {
            foreach (var reference in References(schema, current))
            {
                if (ReferenceEquals(reference.Target, directive))
                {
                    var steps = new List<string> { reference.Step };
                    for (var at = current; !ReferenceEquals(at, directive); at = cameFrom[at].From)
                    {
                        steps.Add(cameFrom[at].Step);
                    }

                    steps.Reverse();
                    context.Report(
                        $"Directive @{directive.Name} must not reference itself, but {Lists.And(steps)}.",
                        DirectivesAnchor,
                        directive.AstNode,
                        reference.Use);
                    return;
                }

                if (cameFrom.TryAdd(reference.Target, (current, reference.Step)))
                {
                    queue.Enqueue(reference.Target);
                }
            }
        }
    }

    private static IEnumerable<Reference> References(Schema schema, INamedElement element)
    {
        switch (element)
        {
            case DirectiveDefinition directive:
                foreach (var argument in directive.Arguments)
                {
                    foreach (var r in InputValueReferences(schema, $"@{directive.Name}({argument.Name}:)", argument))
                    {
                        yield return r;
                    }
                }

                break;
            case NamedType type:
                foreach (var r in Uses(schema, type.Name, type.AppliedDirectives))
                {
                    yield return r;
                }

                foreach (var r in ContentReferences(schema, type))
                {
                    yield return r;
                }

                break;
        }
    }

    private static IEnumerable<Reference> ContentReferences(Schema schema, NamedType type)
    {
        switch (type)
        {
            case FieldsType fieldsType:
                foreach (var iface in fieldsType.Interfaces)
                {
                    yield return new Reference(iface, $"{type.Name} implements {iface.Name}", null);
                }

                foreach (var field in fieldsType.Fields)
                {
                    var coordinate = type.Name + "." + field.Name;
                    foreach (var r in Uses(schema, coordinate, field.AppliedDirectives))
                    {
                        yield return r;
                    }

                    yield return new Reference(field.Type.Named, $"{coordinate} has type {field.Type.Named.Name}", null);
                    foreach (var argument in field.Arguments)
                    {
                        foreach (var r in InputValueReferences(schema, $"{coordinate}({argument.Name}:)", argument))
                        {
                            yield return r;
                        }
                    }
                }

                break;
            case UnionType union:
                foreach (var member in union.Types)
                {
                    yield return new Reference(member, $"{type.Name} includes {member.Name}", null);
                }

                break;
            case EnumType enumType:
                foreach (var value in enumType.Values)
                {
                    foreach (var r in Uses(schema, type.Name + "." + value.Name, value.AppliedDirectives))
                    {
                        yield return r;
                    }
                }

                break;
            case InputObjectType inputObject:
                foreach (var field in inputObject.Fields)
                {
                    foreach (var r in InputValueReferences(schema, type.Name + "." + field.Name, field))
                    {
                        yield return r;
                    }
                }

                break;
        }
    }

    private static IEnumerable<Reference> InputValueReferences(Schema schema, string coordinate, InputValueDefinition value)
    {
        foreach (var r in Uses(schema, coordinate, value.AppliedDirectives))
        {
            yield return r;
        }

        yield return new Reference(value.Type.Named, $"{coordinate} has type {value.Type.Named.Name}", null);
    }

    private static IEnumerable<Reference> Uses(Schema schema, string coordinate, IReadOnlyList<DirectiveNode> applied)
    {
        foreach (var use in applied)
        {
            if (schema.GetDirective(use.Name.Value) is { } used)
            {
                yield return new Reference(used, $"{coordinate} uses @{used.Name}", use);
            }
        }
    }
}
