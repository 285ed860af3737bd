using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution.Plan;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// A request after parsing, validation and choosing its operation (spec §6.1 ExecuteRequest, up to
/// GetOperation), ready to execute with variables; or the request error that stops it. Immutable, so a
/// transport can inspect it (e.g. refuse a mutation over GET) before executing.
/// </summary>
public sealed class PreparedRequest
{
    private PreparedRequest(RequestFailure failure, IReadOnlyList<GraphQLError> errors, DocumentNode? document, OperationPlan? plan)
    {
        Failure = failure;
        Errors = errors;
        Document = document;
        Plan = plan;
    }

    /// <summary><see cref="RequestFailure.None"/> when the request is ready to execute.</summary>
    public RequestFailure Failure { get; }

    /// <summary>Why the request cannot execute; empty when <see cref="Failure"/> is <see cref="RequestFailure.None"/>.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The operation's type once it is chosen.</summary>
    public OperationType? OperationType => Plan?.Operation.Operation;

    /// <summary>The parsed document, when parsing succeeded.</summary>
    public DocumentNode? Document { get; }

    /// <summary>The operation to execute.</summary>
    public OperationDefinitionNode? Operation => Plan?.Operation;

    internal OperationPlan? Plan { get; }

    internal static PreparedRequest Ready(DocumentNode document, OperationPlan plan) => new(RequestFailure.None, [], document, plan);

    internal static PreparedRequest Failed(RequestFailure failure, IReadOnlyList<GraphQLError> errors, DocumentNode? document = null) =>
        new(failure, errors, document, null);
}
