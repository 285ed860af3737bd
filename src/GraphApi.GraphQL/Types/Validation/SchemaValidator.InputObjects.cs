using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    private const string InputObjectsAnchor = "Input-Objects.Type-Validation";

    /// <summary>
    /// spec §3.10 Type Validation, rules 1-2: one or more uniquely named input fields, not reserved, of input
    /// types, not both required and deprecated, with valid defaults; for a OneOf Input Object (§3.10.1) every
    /// field nullable and without a default.
    /// </summary>
    private static void ValidateInputFields(SchemaValidationContext context, InputObjectType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Input Object type {type.Name} must define one or more fields.", InputObjectsAnchor, DefinitionNodes(type));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var coordinate = type.Name + "." + field.Name;
            if (!seen.Add(field.Name))
            {
                context.Report($"Field \"{coordinate}\" can only be defined once.", InputObjectsAnchor, type.Fields[field.Name]!.AstNode?.Name, field.AstNode?.Name);
                continue;
            }

            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType)
            {
                context.Report($"The type of {coordinate} must be Input Type but got: {field.Type}.", InputObjectsAnchor, field.AstNode?.Type);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                context.Report(
                    $"Required input field {coordinate} cannot be deprecated.",
                    InputObjectsAnchor,
                    DeprecatedDirective(field.AstNode?.Directives),
                    field.AstNode?.Type);
            }

            ValidateDefaultValue(context, coordinate, field, InputObjectsAnchor);
            if (type.IsOneOf)
            {
                if (field.Type.IsNonNull)
                {
                    context.Report($"OneOf input field {coordinate} must be nullable.", InputObjectsAnchor, field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {coordinate} cannot have a default value.", InputObjectsAnchor, field.AstNode);
                }
            }
        }
    }

    /// <summary>
    /// spec §3.10 Circular References and Type Validation rule 3: every input object must admit a finite value.
    /// An input object does unless every way to build it needs a value of an input object that does not:
    /// a plain input object needs all its Non-Null singular input-object fields, a OneOf input object needs
    /// just one field. Computed as a fixed point from the input objects that need nothing, then every cycle
    /// among the rest is reported once.
    /// </summary>
    private static void ValidateInputObjectsHaveFiniteValues(SchemaValidationContext context)
    {
        var inputObjects = context.Schema.Types.OfType<InputObjectType>().ToList();
        var targets = new Dictionary<InputObjectType, List<(InputValueDefinition Field, InputObjectType Target)>>(ReferenceEqualityComparer.Instance);
        var dependents = new Dictionary<InputObjectType, List<InputObjectType>>(ReferenceEqualityComparer.Instance);
        foreach (var type in inputObjects)
        {
            targets[type] = FiniteValueTargets(type);
            dependents[type] = [];
        }

        var finite = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
        var unresolved = new Dictionary<InputObjectType, int>(ReferenceEqualityComparer.Instance);
        var resolved = new Stack<InputObjectType>();
        foreach (var type in inputObjects)
        {
            var own = targets[type];
            foreach (var (_, target) in own)
            {
                dependents[target].Add(type);
            }

            // A OneOf input object with a field of another kind can always be given that field.
            bool needsNothing = type.IsOneOf ? type.Fields.Count == 0 || own.Count < type.Fields.Count : own.Count == 0;
            unresolved[type] = own.Count;
            if (needsNothing && finite.Add(type))
            {
                resolved.Push(type);
            }
        }

        while (resolved.TryPop(out var done))
        {
            foreach (var dependent in dependents[done])
            {
                if (!finite.Contains(dependent) && (dependent.IsOneOf || --unresolved[dependent] == 0) && finite.Add(dependent))
                {
                    resolved.Push(dependent);
                }
            }
        }

        var visited = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
        var path = new List<(string Coordinate, SyntaxNode? Node)>();
        var pathIndexByType = new Dictionary<InputObjectType, int>(ReferenceEqualityComparer.Instance);
        foreach (var type in inputObjects)
        {
            if (!finite.Contains(type))
            {
                ReportCycles(type);
            }
        }

        void ReportCycles(InputObjectType type)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            if (!visited.Add(type))
            {
                return;
            }

            pathIndexByType[type] = path.Count;
            foreach (var (field, target) in targets[type])
            {
                if (finite.Contains(target))
                {
                    continue;
                }

                path.Add((type.Name + "." + field.Name, field.AstNode));
                if (pathIndexByType.TryGetValue(target, out int cycleStart))
                {
                    var cycle = path.GetRange(cycleStart, path.Count - cycleStart);
                    context.Report(
                        $"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(c => c.Coordinate))}.",
                        InputObjectsAnchor,
                        [.. cycle.Select(c => c.Node)]);
                }
                else
                {
                    ReportCycles(target);
                }

                path.RemoveAt(path.Count - 1);
            }

            pathIndexByType.Remove(type);
        }
    }

    /// <summary>
    /// The fields of <paramref name="type"/> whose values must be input objects: Non-Null singular
    /// input-object fields of a plain input object; the (nullable) input-object fields of a OneOf one.
    /// </summary>
    private static List<(InputValueDefinition Field, InputObjectType Target)> FiniteValueTargets(InputObjectType type)
    {
        var result = new List<(InputValueDefinition, InputObjectType)>();
        foreach (var field in type.Fields)
        {
            var target = type.IsOneOf ? field.Type as InputObjectType : (field.Type as NonNullType)?.OfType as InputObjectType;
            if (target is not null)
            {
                result.Add((field, target));
            }
        }

        return result;
    }
}
