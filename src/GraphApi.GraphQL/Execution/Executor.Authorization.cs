using GraphApi.GraphQL.Execution.Authorization;
using GraphApi.GraphQL.Execution.Plan;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Authorization at the two places every value passes: before a field's resolver runs, and before a value
/// completed as an object type has any of its fields resolved. Whatever path reaches a field or an object
/// (fragments, aliases, lists, abstract types, node lookups, connections, mutation payloads, subscription
/// events), it goes through one of these, so no path can skip a check. Positions without requirements
/// never come here.
/// </summary>
internal sealed partial class Executor
{
    private ValueTask<object?> ExecuteProtectedField(FieldPlan field, object? parent, PathRef at)
    {
        ValueTask<AuthorizationOutcome> check;
        try
        {
            check = Authorize(field.Authorization!, field, AuthorizationTarget.Field, field.ParentType, parent, at);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return new ValueTask<object?>(FieldError(field, field.Type.IsNonNull, at, e));
        }

        if (!check.IsCompletedSuccessfully)
        {
            return AwaitProtectedFieldAsync(field, parent, at, check);
        }

        var outcome = check.Result;
        return outcome == AuthorizationOutcome.Allowed
            ? ResolveAndComplete(field, parent, at)
            : new ValueTask<object?>(Deny(field, field.Type.IsNonNull, at, outcome, FieldSubject(field)));
    }

    private async ValueTask<object?> AwaitProtectedFieldAsync(FieldPlan field, object? parent, PathRef at, ValueTask<AuthorizationOutcome> check)
    {
        AuthorizationOutcome outcome;
        try
        {
            outcome = await check.ConfigureAwait(false);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return FieldError(field, field.Type.IsNonNull, at, e);
        }

        return outcome == AuthorizationOutcome.Allowed
            ? await ResolveAndComplete(field, parent, at).ConfigureAwait(false)
            : Deny(field, field.Type.IsNonNull, at, outcome, FieldSubject(field));
    }

    /// <summary>CompleteObject for a type with a requirement: the value's fields resolve only once it passes.</summary>
    private ValueTask<object?> CompleteProtectedObject(FieldPlan field, SelectionSetPlan plan, object value, PathRef at, bool nonNull)
    {
        ValueTask<AuthorizationOutcome> check;
        try
        {
            check = Authorize(plan.Authorization!, field, AuthorizationTarget.Type, plan.Type, value, at);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return new ValueTask<object?>(FieldError(field, nonNull, at, e));
        }

        if (!check.IsCompletedSuccessfully)
        {
            return AwaitProtectedObjectAsync(field, plan, value, at, nonNull, check);
        }

        var outcome = check.Result;
        return outcome == AuthorizationOutcome.Allowed
            ? ExecuteObject(plan, value, at, nonNull)
            : new ValueTask<object?>(Deny(field, nonNull, at, outcome, TypeSubject(plan.Type)));
    }

    private async ValueTask<object?> AwaitProtectedObjectAsync(
        FieldPlan field,
        SelectionSetPlan plan,
        object value,
        PathRef at,
        bool nonNull,
        ValueTask<AuthorizationOutcome> check)
    {
        AuthorizationOutcome outcome;
        try
        {
            outcome = await check.ConfigureAwait(false);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return FieldError(field, nonNull, at, e);
        }

        return outcome == AuthorizationOutcome.Allowed
            ? await ExecuteObject(plan, value, at, nonNull).ConfigureAwait(false)
            : Deny(field, nonNull, at, outcome, TypeSubject(plan.Type));
    }

    /// <summary>
    /// The subscription field's check before its source stream opens (each event is checked again as it
    /// executes); false after reporting the denial or the policy's failure.
    /// </summary>
    private async Task<bool> AuthorizeSubscriptionAsync(FieldPlan field, object? rootValue, PathRef at)
    {
        AuthorizationOutcome outcome;
        try
        {
            var check = Authorize(field.Authorization!, field, AuthorizationTarget.Field, field.ParentType, rootValue, at);
            outcome = check.IsCompletedSuccessfully ? check.Result : await DriveAsync(check.AsTask()).ConfigureAwait(false);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            FieldError(field, false, at, e);
            return false;
        }

        if (outcome != AuthorizationOutcome.Allowed)
        {
            Deny(field, false, at, outcome, FieldSubject(field));
            return false;
        }

        return true;
    }

    /// <summary>The user-only checks first; an <see cref="AuthorizationContext"/> (and the arguments it carries) only when a policy needs one.</summary>
    private ValueTask<AuthorizationOutcome> Authorize(
        AuthorizationRequirement requirement,
        FieldPlan field,
        AuthorizationTarget target,
        ObjectType type,
        object? value,
        PathRef at)
    {
        var outcome = requirement.CheckUser(Context.User);
        if (outcome != AuthorizationOutcome.Allowed || !requirement.HasPolicies)
        {
            return new ValueTask<AuthorizationOutcome>(outcome);
        }

        var context = new AuthorizationContext(Context, field, target, type, value, at, field.GetArguments(Variables));
        return requirement.CheckPoliciesAsync(context);
    }

    /// <summary>Reports the denial — naming what is protected, never any of its data — and nulls the position (spec §6.4.4).</summary>
    private object? Deny(FieldPlan field, bool nonNull, PathRef at, AuthorizationOutcome outcome, string subject) =>
        outcome == AuthorizationOutcome.Unauthenticated
            ? Fail(field, nonNull, at, $"Authentication is required to access {subject}.", ExecutionErrorCodes.Unauthenticated)
            : Fail(field, nonNull, at, $"The current user is not authorized to access {subject}.", ExecutionErrorCodes.NotAuthorized);

    /// <summary><see cref="Resolvers.IResolverContext.SignIn"/> from <paramref name="field"/>'s resolver.</summary>
    public void SignIn(FieldPlan field, System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (_plan.Operation.Operation.Operation != Language.Ast.OperationType.Mutation || !ReferenceEquals(field.ParentType, _schema.Schema.MutationType))
        {
            throw new InvalidOperationException(
                $"The resolver of \"{field.Coordinate}\" signed a user in, which only a root field of a mutation may do: other fields run concurrently.");
        }

        Context.ReplaceUser(user);
    }

    private static string FieldSubject(FieldPlan field) => $"field \"{field.Coordinate}\"";

    private static string TypeSubject(ObjectType type) => $"type \"{type.Name}\"";
}
