using System.Linq.Expressions;

namespace GraphApi.Features.Paging;

/// <summary>Pieces of expression trees for queries built at run time.</summary>
internal static class QueryParameter
{
    /// <summary>
    /// A cursor's key value as EF Core makes it a query parameter (<c>@__CursorValue_0</c>): it reads members of
    /// closures as parameters but inlines constants, and inlined values would give every page its own SQL text.
    /// </summary>
    public static Expression CursorValue(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(CursorValueHolder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(CursorValueHolder<int>.CursorValue));
    }

    /// <summary>A row limit as a query parameter (<c>@__Limit_0</c>), so that every page size shares one SQL text.</summary>
    public static Expression Limit(int limit) =>
        Expression.Property(Expression.Constant(new LimitHolder(limit)), nameof(LimitHolder.Limit));

    /// <summary>The body of <paramref name="lambda"/> (one parameter) with <paramref name="argument"/> in place of its parameter.</summary>
    public static Expression Substitute(LambdaExpression lambda, Expression argument) =>
        new Replace(lambda.Parameters[0], argument).Visit(lambda.Body);

    private sealed class CursorValueHolder<TValue>(TValue value)
    {
        public TValue CursorValue { get; } = value;
    }

    private sealed class LimitHolder(int limit)
    {
        public int Limit { get; } = limit;
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
