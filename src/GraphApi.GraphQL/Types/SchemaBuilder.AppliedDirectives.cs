using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

public static partial class SchemaBuilder
{
    private sealed partial class Builder
    {
        /// <summary>
        /// The deprecation reason of an element: the <c>reason</c> of its <c>@deprecated</c>, or the default
        /// reason when none is given (spec §3.13.3); null when the element is not deprecated.
        /// </summary>
        private static string? ReadDeprecation(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                if (directive.Name.Value == "deprecated")
                {
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Name.Value == "reason" && argument.Value is StringValueNode reason)
                        {
                            return reason.Value;
                        }
                    }

                    return BuiltInDefinitions.DefaultDeprecationReason;
                }
            }

            return null;
        }

        private static string? ReadStringArgument(IReadOnlyList<DirectiveNode> directives, string directiveName, string argumentName)
        {
            foreach (var directive in directives)
            {
                if (directive.Name.Value == directiveName)
                {
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Name.Value == argumentName && argument.Value is StringValueNode value)
                        {
                            return value.Value;
                        }
                    }
                }
            }

            return null;
        }

        private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name)
        {
            foreach (var directive in directives)
            {
                if (directive.Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
