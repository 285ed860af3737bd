using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// The base class of validation rules. A rule overrides the hooks it needs; the validator calls each hook
/// only on the rules that override it, while walking the document once for all rules (in the spirit of
/// graphql-js's <c>visitInParallel</c>). A fresh instance is created for every validation run, so rules
/// may keep per-document state in fields. <see cref="Context"/> is set before the first hook.
/// </summary>
public abstract class ValidationVisitor
{
    public ValidationContext Context { get; internal set; } = null!;

    public virtual void EnterDocument(DocumentNode node) { }

    public virtual void LeaveDocument(DocumentNode node) { }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node) { }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node) { }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node) { }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node) { }

    public virtual void EnterSelectionSet(SelectionSetNode node) { }

    public virtual void LeaveSelectionSet(SelectionSetNode node) { }

    public virtual void EnterField(FieldNode node) { }

    public virtual void LeaveField(FieldNode node) { }

    public virtual void EnterArgument(ArgumentNode node) { }

    public virtual void LeaveArgument(ArgumentNode node) { }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node) { }

    public virtual void EnterInlineFragment(InlineFragmentNode node) { }

    public virtual void LeaveInlineFragment(InlineFragmentNode node) { }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node) { }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) { }

    public virtual void EnterDirective(DirectiveNode node) { }

    public virtual void LeaveDirective(DirectiveNode node) { }

    /// <summary>Every value node: variables, scalars, enums, null, lists and objects.</summary>
    public virtual void EnterValue(ValueNode node) { }

    public virtual void LeaveValue(ValueNode node) { }

    public virtual void EnterObjectField(ObjectFieldNode node) { }

    public virtual void LeaveObjectField(ObjectFieldNode node) { }

    /// <summary>Every NamedType reference: variable types, type conditions, and types in SDL definitions.</summary>
    public virtual void EnterNamedType(NamedTypeNode node) { }

    /// <summary>A type-system definition or extension at the top level of the document.</summary>
    public virtual void EnterTypeSystemDefinition(TypeSystemDefinitionNode node) { }

    public virtual void LeaveTypeSystemDefinition(TypeSystemDefinitionNode node) { }

    /// <summary>A field definition inside an object or interface definition or extension.</summary>
    public virtual void EnterFieldDefinition(FieldDefinitionNode node) { }

    /// <summary>An argument definition, or an input field definition, in SDL.</summary>
    public virtual void EnterInputValueDefinition(InputValueDefinitionNode node) { }

    public virtual void EnterEnumValueDefinition(EnumValueDefinitionNode node) { }

    public virtual void EnterOperationTypeDefinition(OperationTypeDefinitionNode node) { }
}
