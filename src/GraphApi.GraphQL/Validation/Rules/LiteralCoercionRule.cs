using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// The walk shared by the rules of spec §5.6 (Values): each literal written for an argument or as a
/// variable's default value is followed the way input coercion would follow it (spec §3.5 scalars,
/// §3.9 enums, §3.10 input objects, §3.11 lists, §3.12 non-null), and every place where coercion would
/// fail is handed to a hook. Each rule overrides the hooks of its own section.
/// </summary>
/// <remarks>
/// Walking from the argument instead of node by node matters: once a value cannot be coerced (a list
/// where an object is expected, a field of an unknown name), nothing inside it is checked, and of an
/// input field written twice only the last one counts. That is what graphql-js reports too.
/// Variables are skipped: spec §5.8.5 checks them.
/// </remarks>
public abstract class LiteralCoercionRule : ValidationVisitor
{
    /// <summary>Lookups of object fields by name go through a dictionary above this many field pairs.</summary>
    private const int LinearLookupLimit = 64;

    private const int MaxDescribedStringLength = 60;

    private protected LiteralCoercionRule()
    {
    }

    public sealed override void EnterArgument(ArgumentNode node)
    {
        if (Context.TypeInfo.InputType is { } type)
        {
            CheckValue(node.Value, type, null, null);
        }
    }

    public sealed override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (node.DefaultValue is { } defaultValue && Context.TypeInfo.InputType is { } type)
        {
            CheckValue(defaultValue, type, null, null);
        }
    }

    /// <summary>
    /// A <c>null</c> literal where a Non-Null type is expected. <paramref name="field"/> is set when the null
    /// is the value of that field of input object <paramref name="owner"/>.
    /// </summary>
    private protected virtual void OnNullForNonNull(NullValueNode value, NonNullType type, InputObjectType? owner, InputValueDefinition? field)
    {
    }

    /// <summary>A literal of the wrong kind for a scalar or enum type (or an unknown enum value).</summary>
    private protected virtual void OnLeafValue(ValueNode value, NamedType type)
    {
    }

    /// <summary>Something other than an object literal where an input object type is expected.</summary>
    private protected virtual void OnNotAnObject(ValueNode value, InputObjectType type)
    {
    }

    /// <summary>An object literal that leaves out a required field (Non-Null without a default).</summary>
    private protected virtual void OnMissingField(ObjectValueNode value, InputObjectType type, InputValueDefinition field)
    {
    }

    /// <summary>An object literal field that the input object type does not define.</summary>
    private protected virtual void OnUnknownField(ObjectFieldNode field, InputObjectType type)
    {
    }

    /// <summary>
    /// An object literal for a OneOf input object: <paramref name="knownFieldCount"/> counts its fields
    /// that the type defines (duplicates included), <paramref name="onlyField"/> is the field when there is exactly one.
    /// </summary>
    private protected virtual void OnOneOfObject(ObjectValueNode value, InputObjectType type, int knownFieldCount, ObjectFieldNode? onlyField)
    {
    }

    /// <summary>
    /// A short rendering, for messages, of a literal that failed to coerce (never a variable or null):
    /// scalars as written, lists and objects by kind.
    /// </summary>
    private protected static string Describe(ValueNode value) => value switch
    {
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => Quote(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        EnumValueNode e => e.Value,
        ListValueNode => "a list",
        _ => "an input object",
    };

    /// <summary>A string value in GraphQL string syntax, shortened when long so that messages stay small.</summary>
    private static string Quote(string text)
    {
        if (text.Length <= MaxDescribedStringLength)
        {
            return Printer.PrintString(text);
        }

        int length = MaxDescribedStringLength;
        if (char.IsHighSurrogate(text[length - 1]))
        {
            length--; // do not split a surrogate pair
        }

        var quoted = Printer.PrintString(text[..length]);
        return string.Concat(quoted.AsSpan(0, quoted.Length - 1), "...\"");
    }

    private void CheckValue(ValueNode value, GraphQLType type, InputObjectType? owner, InputValueDefinition? field)
    {
        // Literals nest as deep as the parser allows; this guards documents built in code.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (value.Kind == SyntaxKind.Variable)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (value is NullValueNode nullValue)
            {
                OnNullForNonNull(nullValue, nonNull, owner, field);
                return;
            }

            type = nonNull.OfType;
        }

        if (value.Kind == SyntaxKind.NullValue)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (value is ListValueNode items)
                {
                    foreach (var item in items.Values)
                    {
                        CheckValue(item, list.OfType, null, null);
                    }
                }
                else
                {
                    // spec §3.11: a single value where a list is expected stands for a list of one.
                    CheckValue(value, list.OfType, null, null);
                }

                break;
            case InputObjectType objectType:
                if (value is ObjectValueNode obj)
                {
                    CheckObject(obj, objectType);
                }
                else
                {
                    OnNotAnObject(value, objectType);
                }

                break;
            case NamedType { IsLeafType: true } leaf:
                OnLeafValue(value, leaf);
                break;
        }
    }

    private void CheckObject(ObjectValueNode value, InputObjectType type)
    {
        var fields = value.Fields;
        var definitions = type.Fields;
        Dictionary<string, ObjectFieldNode>? byName = null;
        if (fields.Count * definitions.Count > LinearLookupLimit)
        {
            byName = new Dictionary<string, ObjectFieldNode>(fields.Count, StringComparer.Ordinal);
            foreach (var f in fields)
            {
                byName[f.Name.Value] = f; // the last of duplicates counts, as in coercion
            }
        }

        foreach (var definition in definitions)
        {
            var fieldNode = byName is null ? FindLast(fields, definition.Name) : byName.GetValueOrDefault(definition.Name);
            if (fieldNode is null)
            {
                if (definition.IsRequired)
                {
                    OnMissingField(value, type, definition);
                }
            }
            else
            {
                CheckValue(fieldNode.Value, definition.Type, type, definition);
            }
        }

        int knownCount = 0;
        ObjectFieldNode? known = null;
        foreach (var fieldNode in fields)
        {
            if (definitions.Contains(fieldNode.Name.Value))
            {
                knownCount++;
                known = fieldNode;
            }
            else
            {
                OnUnknownField(fieldNode, type);
            }
        }

        if (type.IsOneOf)
        {
            OnOneOfObject(value, type, knownCount, knownCount == 1 ? known : null);
        }
    }

    private static ObjectFieldNode? FindLast(IReadOnlyList<ObjectFieldNode> fields, string name)
    {
        for (int i = fields.Count - 1; i >= 0; i--)
        {
            if (fields[i].Name.Value == name)
            {
                return fields[i];
            }
        }

        return null;
    }
}
