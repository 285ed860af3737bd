namespace GraphApi.GraphQL.Errors;

/// <summary>Thrown where a stage cannot go on: a syntax error, an invalid schema.</summary>
public class GraphQLException : Exception
{
    public GraphQLException(GraphQLError error)
        : base(error.Message)
    {
        Errors = [error];
    }

    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count == 1 ? errors[0].Message : string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}

/// <summary>A syntax error (spec §2 Language): the document cannot be parsed. Carries one error with one location.</summary>
public sealed class GraphQLSyntaxException(GraphQLError error) : GraphQLException(error)
{
    public GraphQLError Error => Errors[0];
}
