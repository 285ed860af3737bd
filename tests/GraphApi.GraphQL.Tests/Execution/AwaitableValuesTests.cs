using GraphApi.GraphQL.Execution.Resolvers;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>
/// Which property types can hold a task or a boxed value task: the executor looks for one in their values,
/// and completes the values of the others directly.
/// </summary>
public class AwaitableValuesTests
{
    [Theory]
    [InlineData(typeof(object), true)]
    [InlineData(typeof(ValueType), true)]
    [InlineData(typeof(Task), true)]
    [InlineData(typeof(Task<int>), true)]
    [InlineData(typeof(ValueTask<string>), true)]
    [InlineData(typeof(ValueTask<string>?), true)]
    [InlineData(typeof(IAsyncResult), true)]
    [InlineData(typeof(IEquatable<ValueTask<int>>), true)]
    [InlineData(typeof(string), false)]
    [InlineData(typeof(double), false)]
    [InlineData(typeof(bool?), false)]
    [InlineData(typeof(DayOfWeek), false)]
    [InlineData(typeof(int[]), false)]
    [InlineData(typeof(List<Task>), false)]
    [InlineData(typeof(Uri), false)]
    public void Only_types_that_can_hold_a_task_or_a_boxed_value_task_may_be_awaited(Type type, bool canHold)
    {
        Assert.Equal(canHold, AwaitableValues.CanHold(type));
    }
}
