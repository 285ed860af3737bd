using System.Linq.Expressions;

namespace GraphApi.Features.Paging;

/// <summary>Pieces of expression trees for queries built at run time.</summary>
internal static class QueryParameter
{
    /// <summary>
    /// <paramref name="value"/> as EF Core makes it a query parameter: it reads members of closures as parameters
    /// but inlines constants, and inlined values would give every page (and page size) its own SQL text.
    /// </summary>
    public static Expression Of(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<int>.Value));
    }

    /// <summary>The body of <paramref name="lambda"/> (one parameter) with <paramref name="argument"/> in place of its parameter.</summary>
    public static Expression Substitute(LambdaExpression lambda, Expression argument) =>
        new Replace(lambda.Parameters[0], argument).Visit(lambda.Body);

    private sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
