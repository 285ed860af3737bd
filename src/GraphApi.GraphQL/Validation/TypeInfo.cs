using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Tracks the schema types that correspond to the node being walked: the output type and parent type of
/// selections, the field and directive definitions, and the input type expected for argument and value
/// nodes. The walker calls <see cref="Enter"/> before the rules' enter hooks and <see cref="Leave"/> after
/// their leave hooks, so rules always see the types of the node in hand. Mirrors graphql-js's TypeInfo,
/// whose semantics the rules (and the differential tests) depend on.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    public TypeInfo(Schema schema)
    {
        _schema = schema;
    }

    /// <summary>The output type of the current selection (field type, fragment type, root type).</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set contains the current selection.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected for the current argument, variable definition, list item or object field.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type of the enclosing input position (the list or object type around the current value).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count >= 2 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDefinition => Peek(_fieldDefStack);

    /// <summary>The default value of the argument or input field being visited, if it has one.</summary>
    public ValueNode? DefaultValue => Peek(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    private static T? Peek<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    /// <summary>Resolves a type reference from the document; null if a named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    public void Enter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                _parentTypeStack.Add(Type?.Named is { IsCompositeType: true } composite ? composite : null);
                break;

            case SyntaxKind.Field:
            {
                var parent = ParentType;
                FieldDefinition? fieldDef = parent is null ? null : _schema.GetFieldDefinition(parent, ((FieldNode)node).Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { IsOutputType: true } t ? t : null);
                break;
            }

            case SyntaxKind.Directive:
                Directive = _schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;

            case SyntaxKind.OperationDefinition:
                _typeStack.Add(_schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;

            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
            {
                var condition = node is InlineFragmentNode inline ? inline.TypeCondition : ((FragmentDefinitionNode)node).TypeCondition;
                GraphQLType? outputType = condition is null ? Type?.Named : _schema.GetType(condition.Name.Value);
                _typeStack.Add(outputType is { IsOutputType: true } ? outputType : null);
                break;
            }

            case SyntaxKind.VariableDefinition:
            {
                var inputType = TypeFromAst(_schema, ((VariableDefinitionNode)node).Type);
                _inputTypeStack.Add(inputType is { IsInputType: true } ? inputType : null);
                break;
            }

            case SyntaxKind.Argument:
            {
                var name = ((ArgumentNode)node).Name.Value;
                InputValueDefinition? argDef = Directive is not null
                    ? Directive.Arguments[name]
                    : FieldDefinition?.Arguments[name];
                Argument = argDef;
                _defaultValueStack.Add(argDef?.DefaultValue);
                _inputTypeStack.Add(argDef?.Type is { IsInputType: true } t ? t : null);
                break;
            }

            case SyntaxKind.ListValue:
            {
                // A list literal where no list type is expected has no item type (graphql-js 17 does the same),
                // so values inside it are not checked against the non-list type.
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(InputType?.Nullable is ListType list ? list.OfType : null);
                break;
            }

            case SyntaxKind.ObjectField:
            {
                InputValueDefinition? inputField = null;
                if (InputType?.Named is InputObjectType objectType)
                {
                    inputField = objectType.Fields[((ObjectFieldNode)node).Name.Value];
                }

                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } t ? t : null);
                break;
            }

            case SyntaxKind.EnumValue:
                EnumValue = InputType?.Named is EnumType enumType ? enumType.Values[((EnumValueNode)node).Value] : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = null;
                break;
        }
    }
}
