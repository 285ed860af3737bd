using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5 Validation): every rule of
/// <see cref="SpecifiedRules"/> in a single walk of the document.
/// </summary>
public static class DocumentValidator
{
    /// <summary>Returns the validation errors; an empty list means the document is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        ValidationOptions? options = null,
        RuleSet? rules = null)
    {
        options ??= ValidationOptions.Default;
        rules ??= SpecifiedRules.All;

        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, options.MaxErrors);
        var visitors = rules.CreateVisitors(context);
        try
        {
            new Walker(typeInfo, visitors, rules.Hooks, context).WalkDocument(document);
        }
        catch (ValidationAbortedException)
        {
            var errors = new List<GraphQLError>(context.Errors)
            {
                new("Too many validation errors, error limit reached. Validation aborted.",
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed }),
            };
            return errors;
        }

        return context.Errors;
    }
}

/// <summary>An ordered list of validation rules, with the per-hook dispatch table computed once.</summary>
public sealed class RuleSet
{
    private readonly Func<ValidationVisitor>[] _factories;

    public RuleSet(IReadOnlyList<Func<ValidationVisitor>> factories)
    {
        _factories = factories.ToArray();
        RuleTypes = _factories.Select(f => f().GetType()).ToArray();
        Hooks = new HookTable(RuleTypes);
    }

    public IReadOnlyList<Type> RuleTypes { get; }

    internal HookTable Hooks { get; }

    internal ValidationVisitor[] CreateVisitors(ValidationContext context)
    {
        var visitors = new ValidationVisitor[_factories.Length];
        for (int i = 0; i < visitors.Length; i++)
        {
            var visitor = _factories[i]();
            visitor.Context = context;
            visitors[i] = visitor;
        }

        return visitors;
    }

    /// <summary>A rule set of just the given rules, for tests of one rule.</summary>
    public static RuleSet Of(params Func<ValidationVisitor>[] factories) => new(factories);
}
