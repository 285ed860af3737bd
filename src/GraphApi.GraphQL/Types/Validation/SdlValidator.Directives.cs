using GraphApi.GraphQL.Errors;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SdlValidator
{
    private const string DirectiveUsesAnchor = "Type-System.Directives";
    private const string UniquePerLocationAnchor = "Directives-Are-Unique-Per-Location";
    private const string ArgumentNamesAnchor = "Argument-Names";
    private const string ArgumentUniquenessAnchor = "Argument-Uniqueness";
    private const string RequiredArgumentsAnchor = "Required-Arguments";
    private const string InputFieldUniquenessAnchor = "Input-Object-Field-Uniqueness";

    /// <summary>KnownDirectives: the directive is defined, and may be used at this location (spec §3.13).</summary>
    private static void CheckKnownDirective(SdlValidationContext context, DirectiveNode directive, DirectiveLocation location)
    {
        var name = directive.Name.Value;
        if (!context.Directives.TryGetValue(name, out var signature))
        {
            context.Report($"Unknown directive \"@{name}\".", DirectiveUsesAnchor, directive);
            return;
        }

        var locationName = DirectiveLocations.ToName(location);
        if (!signature.Locations.Contains(locationName))
        {
            context.Report($"Directive \"@{name}\" may not be used on {locationName}.", DirectiveUsesAnchor, directive);
        }
    }

    /// <summary>
    /// UniqueDirectivesPerLocation: a non-repeatable directive is applied at most once per location. The schema
    /// and each type count as one location across their definition and extensions, including what the schema
    /// being extended already applies (spec §3.3.2, §3.4.3).
    /// </summary>
    /// <param name="seen">Directives applied so far at this location; a null node stands for one the extended schema applies.</param>
    /// <param name="holder">What the location is ("the schema", "type \"Foo\""), for errors about directives the extended schema applies.</param>
    private static void CheckDirectivesPerLocation(
        SdlValidationContext context,
        IReadOnlyList<DirectiveNode> directives,
        Dictionary<string, DirectiveNode?> seen,
        string? holder)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!context.Directives.TryGetValue(name, out var signature) || signature.IsRepeatable)
            {
                continue;
            }

            if (!seen.TryGetValue(name, out var previous))
            {
                seen[name] = directive;
            }
            else if (previous is not null)
            {
                context.Report($"The directive \"@{name}\" can only be used once at this location.", UniquePerLocationAnchor, previous, directive);
            }
            else
            {
                context.Report(
                    $"The directive \"@{name}\" is already applied to {holder} in the schema being extended, and can only be used once at this location.",
                    UniquePerLocationAnchor,
                    directive);
            }
        }
    }

    private static Dictionary<string, DirectiveNode?> SchemaDirectivesSeen(SdlValidationContext context)
    {
        if (context.SchemaDirectives.Count == 0 && context.Existing is { } existing)
        {
            SeedApplied(context, context.SchemaDirectives, existing.AppliedDirectives);
        }

        return context.SchemaDirectives;
    }

    private static Dictionary<string, DirectiveNode?> TypeDirectivesSeen(SdlValidationContext context, string typeName)
    {
        if (!context.TypeDirectives.TryGetValue(typeName, out var seen))
        {
            context.TypeDirectives[typeName] = seen = new Dictionary<string, DirectiveNode?>(StringComparer.Ordinal);
            if (context.Existing?.GetType(typeName) is { } existing)
            {
                SeedApplied(context, seen, existing.AppliedDirectives);
            }
        }

        return seen;
    }

    /// <summary>Records the non-repeatable directives the extended schema already applies, without their nodes (they belong to another source).</summary>
    private static void SeedApplied(SdlValidationContext context, Dictionary<string, DirectiveNode?> seen, IReadOnlyList<DirectiveNode> applied)
    {
        foreach (var directive in applied)
        {
            if (context.Directives.TryGetValue(directive.Name.Value, out var signature) && !signature.IsRepeatable)
            {
                seen[directive.Name.Value] = null;
            }
        }
    }

    /// <summary>KnownArgumentNamesOnDirectives (spec §5.4.1 applied to SDL): every argument is defined by the directive.</summary>
    private static void CheckKnownArgumentNames(SdlValidationContext context, DirectiveNode directive)
    {
        var name = directive.Name.Value;
        if (!context.Directives.TryGetValue(name, out var signature))
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (!signature.Arguments.Any(a => a.Name == argumentName))
            {
                var suggestions = Suggestions.For(argumentName, signature.Arguments.Select(a => a.Name));
                context.Report(
                    $"Unknown argument \"{argumentName}\" on directive \"@{name}\"." + Suggestions.DidYouMean(suggestions),
                    ArgumentNamesAnchor,
                    argument);
            }
        }
    }

    /// <summary>UniqueArgumentNames (spec §5.4.2 applied to SDL): no argument is given twice.</summary>
    private static void CheckUniqueArgumentNames(SdlValidationContext context, DirectiveNode directive)
    {
        foreach (var group in directive.Arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var names = group.Select(a => (SyntaxNode?)a.Name).ToArray();
            if (names.Length > 1)
            {
                context.Report($"There can be only one argument named \"{group.Key}\".", ArgumentUniquenessAnchor, names);
            }
        }
    }

    /// <summary>ProvidedRequiredArgumentsOnDirectives (spec §5.4.2.1 applied to SDL): every required argument is given.</summary>
    private static void CheckRequiredArguments(SdlValidationContext context, DirectiveNode directive)
    {
        var name = directive.Name.Value;
        if (!context.Directives.TryGetValue(name, out var signature))
        {
            return;
        }

        foreach (var argument in signature.Arguments)
        {
            if (argument.IsRequired && !directive.Arguments.Any(a => a.Name.Value == argument.Name))
            {
                context.Report(
                    $"Argument \"@{name}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.",
                    RequiredArgumentsAnchor,
                    directive);
            }
        }
    }

    /// <summary>UniqueInputFieldNames (spec §5.6.3 applied to SDL): no field of an object value is given twice.</summary>
    private static void WalkValue(SdlValidationContext context, ValueNode value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    WalkValue(context, item);
                }

                break;
            case ObjectValueNode obj:
                var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    if (!seen.TryAdd(field.Name.Value, field.Name))
                    {
                        context.Report(
                            $"There can be only one input field named \"{field.Name.Value}\".",
                            InputFieldUniquenessAnchor,
                            seen[field.Name.Value],
                            field.Name);
                    }

                    WalkValue(context, field.Value);
                }

                break;
        }
    }
}
