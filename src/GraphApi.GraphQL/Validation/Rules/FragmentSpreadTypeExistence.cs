using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.2 Fragment Spread Type Existence — https://spec.graphql.org/draft/#sec-Fragment-Spread-Type-Existence.
/// Every type named in the document must exist: type conditions of named and inline fragments, and (as
/// graphql-js's KnownTypeNamesRule, whose errors this rule reproduces) variable types and the types
/// referenced by type system definitions. A type defined by the document itself counts as existing, and
/// inside type system definitions the built-in scalar and introspection type names always do: those
/// definitions are rejected by §5.1.1 Executable Definitions, not for the types they use.
/// </summary>
public sealed class FragmentSpreadTypeExistence : ValidationVisitor
{
    public const string SpecAnchor = "Fragment-Spread-Type-Existence";

    private static readonly HashSet<string> StandardTypeNames = new(StringComparer.Ordinal)
    {
        BuiltInScalars.Int, BuiltInScalars.Float, BuiltInScalars.String, BuiltInScalars.Boolean, BuiltInScalars.ID,
        "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
    };

    private HashSet<string>? _typesDefinedInDocument;
    private TypeSystemDefinitionNode? _typeSystemDefinition;
    private FragmentDefinitionNode? _fragment;
    private InlineFragmentNode? _inlineFragment;
    private VariableDefinitionNode? _variable;

    // The walker visits a type condition right after entering its fragment, and a variable's type while
    // inside its definition: remembering the enclosing node lets the message say where the type was named.
    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => _fragment = node;

    public override void EnterInlineFragment(InlineFragmentNode node) => _inlineFragment = node;

    public override void EnterVariableDefinition(VariableDefinitionNode node) => _variable = node;

    public override void LeaveVariableDefinition(VariableDefinitionNode node) => _variable = null;

    public override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node) => _typeSystemDefinition = node;

    public override void LeaveTypeSystemDefinition(TypeSystemDefinitionNode node) => _typeSystemDefinition = null;

    public override void EnterNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (Context.Schema.GetType(name) is not null || IsDefinedInDocument(name))
        {
            return;
        }

        if (_typeSystemDefinition is not null && StandardTypeNames.Contains(name))
        {
            return;
        }

        var hint = Suggestions.DidYouMean(Suggestions.For(name, KnownTypeNames()));
        Context.ReportError(DescribeUnknownType(node, name) + hint, SpecAnchor, node);
    }

    private string DescribeUnknownType(NamedTypeNode node, string name)
    {
        if (_typeSystemDefinition is null)
        {
            if (_fragment is { } fragment && ReferenceEquals(node, fragment.TypeCondition))
            {
                return $"Fragment \"{fragment.Name.Value}\" is on unknown type \"{name}\".";
            }

            if (_inlineFragment is { } inline && ReferenceEquals(node, inline.TypeCondition))
            {
                return $"Inline fragment is on unknown type \"{name}\".";
            }

            if (_variable is { } variable)
            {
                return $"Variable \"${variable.Variable.Name.Value}\" has unknown type \"{name}\".";
            }
        }

        return $"Unknown type \"{name}\".";
    }

    /// <summary>The names a misspelt type name may have meant: what <see cref="EnterNamedType"/> accepts.</summary>
    private IEnumerable<string> KnownTypeNames()
    {
        foreach (var type in Context.Schema.Types)
        {
            yield return type.Name;
        }

        foreach (var name in _typesDefinedInDocument!)
        {
            if (Context.Schema.GetType(name) is null)
            {
                yield return name;
            }
        }

        if (_typeSystemDefinition is not null)
        {
            foreach (var name in StandardTypeNames)
            {
                if (Context.Schema.GetType(name) is null && !_typesDefinedInDocument.Contains(name))
                {
                    yield return name;
                }
            }
        }
    }

    private bool IsDefinedInDocument(string name)
    {
        if (_typesDefinedInDocument is null)
        {
            _typesDefinedInDocument = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in Context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode type)
                {
                    _typesDefinedInDocument.Add(type.Name.Value);
                }
            }
        }

        return _typesDefinedInDocument.Contains(name);
    }
}
