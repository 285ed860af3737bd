using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// The rules of spec §5, one class per section in <c>Rules/</c>. The order follows graphql-js's
/// <c>specifiedRules</c> so that errors come out in the order JavaScript tools show them.
/// </summary>
public static class SpecifiedRules
{
    public static readonly RuleSet All = new(
    [
        // §5.1.1
        () => new ExecutableDefinitions(),
        // §5.2.1.1
        () => new OperationTypeExistence(),
        // §5.2.2.1
        () => new OperationNameUniqueness(),
        // §5.2.3.1
        () => new LoneAnonymousOperation(),
        // §5.2.4.1
        () => new SingleRootField(),
        // §5.5.1.2
        () => new FragmentSpreadTypeExistence(),
        // §5.5.1.3
        () => new FragmentsOnCompositeTypes(),
        // §5.8.2
        () => new VariablesAreInputTypes(),
        // §5.3.3
        () => new LeafFieldSelections(),
        // §5.3.1
        () => new FieldSelections(),
        // §5.5.1.1
        () => new FragmentNameUniqueness(),
        // §5.5.2.1
        () => new FragmentSpreadTargetDefined(),
        // §5.5.1.4
        () => new FragmentsMustBeUsed(),
        // §5.5.2.3
        () => new FragmentSpreadIsPossible(),
        // §5.5.2.2
        () => new FragmentSpreadsMustNotFormCycles(),
        // §5.8.1
        () => new VariableUniqueness(),
        // §5.8.3
        () => new AllVariableUsesDefined(),
        // §5.8.4
        () => new AllVariablesUsed(),
        // §5.7.1
        () => new DirectivesAreDefined(),
        // §5.7.2
        () => new DirectivesAreInValidLocations(),
        // §5.7.3
        () => new DirectivesAreUniquePerLocation(),
        // §5.4.1
        () => new ArgumentNames(),
        // §5.4.2
        () => new ArgumentUniqueness(),
        // §5.6.1
        () => new ValuesOfCorrectType(),
        // §5.6.2
        () => new InputObjectFieldNames(),
        // §5.6.4
        () => new InputObjectRequiredFields(),
        // §5.4.2.1
        () => new RequiredArguments(),
        // §5.8.5
        () => new AllVariableUsagesAreAllowed(),
        // §5.3.2
        () => new FieldSelectionMerging(),
        // §5.6.3
        () => new InputObjectFieldUniqueness(),
    ]);
}
