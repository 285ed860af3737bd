using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.5 All Variable Usages Are Allowed — https://spec.graphql.org/draft/#sec-All-Variable-Usages-Are-Allowed.
/// Each variable used by an operation, directly or through its fragments, must have a type that fits
/// the place it is used in (IsVariableUsageAllowed): a nullable variable may stand where a non-null
/// type is expected only if the variable or the place has a default value, and a variable given as a
/// field of a OneOf input object must be non-null (IsNonNullPosition).
/// </summary>
/// <remarks>
/// Usages in fragments are judged against each operation that reaches them, so the check runs once the
/// whole document has been walked. Undefined variables (§5.8.3) and variables of unknown types are
/// other rules' errors. The OneOf check looks at the type expected for the object value itself: where
/// that is a Non-Null OneOf type (an argument of type <c>PetSelector!</c>), graphql-js 17 does not see
/// a OneOf input object, and this rule agrees with it.
/// </remarks>
public sealed class AllVariableUsagesAreAllowed : ValidationVisitor
{
    public const string SpecAnchor = "All-Variable-Usages-Are-Allowed";

    /// <summary>Variables written as the value of a field of a OneOf input object, with that type.</summary>
    private Dictionary<VariableNode, InputObjectType>? _oneOfFieldVariables;

    private readonly List<(VariableDefinitionNode Definition, GraphQLType? Type)> _definitions = [];

    public override void EnterValue(ValueNode node)
    {
        if (node.Kind == SyntaxKind.Variable && Context.TypeInfo.ParentInputType is InputObjectType { IsOneOf: true } oneOf)
        {
            _oneOfFieldVariables ??= new Dictionary<VariableNode, InputObjectType>(ReferenceEqualityComparer.Instance);
            _oneOfFieldVariables[(VariableNode)node] = oneOf;
        }
    }

    public override void LeaveDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                CheckOperation(operation);
            }
        }
    }

    private void CheckOperation(OperationDefinitionNode operation)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return; // every usage is of an undefined variable, which is another rule's error
        }

        var usages = Context.GetRecursiveVariableUsages(operation);
        if (usages.Count == 0)
        {
            return;
        }

        _definitions.Clear();
        foreach (var definition in operation.VariableDefinitions)
        {
            _definitions.Add((definition, TypeInfo.TypeFromAst(Context.Schema, definition.Type)));
        }

        foreach (var usage in usages)
        {
            var (definition, variableType) = FindDefinition(usage.Node.Name.Value);
            if (definition is null || variableType is null || usage.Type is not { } locationType)
            {
                continue;
            }

            if (!IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
            {
                Context.ReportError(
                    $"Variable \"${usage.Node.Name.Value}\" of type \"{variableType}\" cannot be used where type \"{locationType}\" is expected.",
                    SpecAnchor,
                    definition,
                    usage.Node);
            }

            if (!variableType.IsNonNull
                && _oneOfFieldVariables is not null
                && _oneOfFieldVariables.TryGetValue(usage.Node, out var oneOf))
            {
                Context.ReportError(
                    $"Variable \"${usage.Node.Name.Value}\" of nullable type \"{variableType}\" cannot be used for a field of OneOf input object \"{oneOf.Name}\"; declare it non-null.",
                    SpecAnchor,
                    definition,
                    usage.Node);
            }
        }
    }

    /// <summary>The definition that counts for a variable name: the last one, when a name is defined twice (§5.8.1 reports that).</summary>
    private (VariableDefinitionNode? Definition, GraphQLType? Type) FindDefinition(string name)
    {
        for (int i = _definitions.Count - 1; i >= 0; i--)
        {
            if (_definitions[i].Definition.Variable.Name.Value == name)
            {
                return _definitions[i];
            }
        }

        return (null, null);
    }

    /// <summary>IsVariableUsageAllowed, with the default-value relaxation for non-null positions.</summary>
    private static bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && !variableType.IsNonNull)
        {
            bool variableHasNonNullDefault = variableDefault is not null && variableDefault.Kind != SyntaxKind.NullValue;
            if (!variableHasNonNullDefault && !locationHasDefault)
            {
                return false;
            }

            return AreTypesCompatible(variableType, nonNullLocation.OfType);
        }

        return AreTypesCompatible(variableType, locationType);
    }

    private static bool AreTypesCompatible(GraphQLType variableType, GraphQLType locationType)
    {
        while (true)
        {
            if (locationType is NonNullType nonNullLocation)
            {
                if (variableType is not NonNullType nonNullVariable)
                {
                    return false;
                }

                variableType = nonNullVariable.OfType;
                locationType = nonNullLocation.OfType;
            }
            else if (variableType is NonNullType nonNullVariable)
            {
                variableType = nonNullVariable.OfType;
            }
            else if (locationType is ListType listLocation)
            {
                if (variableType is not ListType listVariable)
                {
                    return false;
                }

                variableType = listVariable.OfType;
                locationType = listLocation.OfType;
            }
            else
            {
                return variableType is not ListType && ReferenceEquals(variableType, locationType);
            }
        }
    }
}
