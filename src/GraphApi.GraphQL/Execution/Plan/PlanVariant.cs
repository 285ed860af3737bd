namespace GraphApi.GraphQL.Execution.Plan;

/// <summary>
/// An operation plan for one combination of <c>@skip</c>/<c>@include</c> variable values: the root
/// selection set's collected fields, from which the plans of nested selection sets grow as execution
/// first meets them.
/// </summary>
internal sealed class PlanVariant
{
    private readonly Func<int, bool> _condition;

    public PlanVariant(OperationPlan operation, Func<int, bool> condition)
    {
        Operation = operation;
        _condition = condition;
        Root = FieldCollector.CollectRoot(this);
    }

    public OperationPlan Operation { get; }

    public SelectionSetPlan Root { get; }

    /// <summary>The value of a variable used as a <c>@skip</c>/<c>@include</c> condition is <c>true</c>.</summary>
    public bool IsTrue(string variable)
    {
        var index = Operation.ConditionIndex(variable);
        return index >= 0 && _condition(index);
    }
}
