using GraphApi.GraphQL.Errors;
using System.Globalization;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.1 Values of Correct Type — https://spec.graphql.org/draft/#sec-Values-of-Correct-Type.
/// Every literal must coerce to the type expected where it is written: the built-in scalars by their
/// input coercion rules (§3.5), enums by their values (§3.9), objects where input objects are expected
/// (§3.10), no <c>null</c> for Non-Null types other than required input fields (those are §5.6.4's), and
/// OneOf input objects with exactly one non-null field (§3.10.1). Custom scalars accept any literal.
/// </summary>
public sealed class ValuesOfCorrectType : LiteralCoercionRule
{
    public const string SpecAnchor = "Values-of-Correct-Type";

    private protected override void OnNullForNonNull(NullValueNode value, NonNullType type, InputObjectType? owner, InputValueDefinition? field)
    {
        if (field is { IsRequired: true })
        {
            return; // a required input field given null is spec §5.6.4's error
        }

        Context.ReportError($"Expected a value of non-null type \"{type}\", found null.", SpecAnchor, value);
    }

    private protected override void OnLeafValue(ValueNode value, NamedType type)
    {
        if (type is EnumType enumType)
        {
            CheckEnumValue(value, enumType);
            return;
        }

        if (type is not ScalarType { IsBuiltIn: true })
        {
            return; // custom scalars decide at execution what they accept
        }

        string? expected = type.Name switch
        {
            BuiltInScalars.Int => CheckInt(value),
            BuiltInScalars.Float => value.Kind is SyntaxKind.IntValue or SyntaxKind.FloatValue ? null : "an integer or float literal",
            BuiltInScalars.String => value.Kind == SyntaxKind.StringValue ? null : "a string literal",
            BuiltInScalars.Boolean => value.Kind == SyntaxKind.BooleanValue ? null : "true or false",
            BuiltInScalars.ID => value.Kind is SyntaxKind.StringValue or SyntaxKind.IntValue ? null : "a string or integer literal",
            _ => null,
        };

        if (expected is not null)
        {
            Context.ReportError($"Expected a value of type \"{type.Name}\", found {Describe(value)}; {type.Name} takes {expected}.", SpecAnchor, value);
        }
    }

    private protected override void OnNotAnObject(ValueNode value, InputObjectType type)
    {
        Context.ReportError($"Expected a value of input object type \"{type.Name}\", found {Describe(value)}.", SpecAnchor, value);
    }

    private protected override void OnOneOfObject(ObjectValueNode value, InputObjectType type, int knownFieldCount, ObjectFieldNode? onlyField)
    {
        if (onlyField is not null && onlyField.Value.Kind != SyntaxKind.NullValue)
        {
            return;
        }

        string problem = onlyField is not null
            ? $"field \"{onlyField.Name.Value}\" is null"
            : knownFieldCount == 0 ? "none is given" : $"{knownFieldCount} are given";
        Context.ReportError(
            $"OneOf input object \"{type.Name}\" takes exactly one field with a non-null value, but {problem}.",
            SpecAnchor,
            value);
    }

    /// <summary>Null when the literal is an Int in the 32-bit range (spec §3.5.1); otherwise what Int takes.</summary>
    private static string? CheckInt(ValueNode value)
    {
        if (value is not IntValueNode intValue)
        {
            return "an integer literal";
        }

        // The lexer guarantees the digits; parsing fails only when the value is out of range.
        return int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? null
            : "a 32-bit signed integer, from -2147483648 to 2147483647";
    }

    private void CheckEnumValue(ValueNode value, EnumType type)
    {
        if (value is EnumValueNode enumValue)
        {
            if (!type.Values.Contains(enumValue.Value))
            {
                string hint = Suggestions.DidYouMean(Suggestions.For(enumValue.Value, ValueNames(type)));
                Context.ReportError($"Enum \"{type.Name}\" has no value named \"{enumValue.Value}\".{hint}", SpecAnchor, value);
            }

            return;
        }

        string written = value is StringValueNode s && type.Values.Contains(s.Value)
            ? $" Enum values are written without quotes: {s.Value}."
            : string.Empty;
        Context.ReportError($"Expected a value of enum type \"{type.Name}\", found {Describe(value)}.{written}", SpecAnchor, value);
    }

    private static IEnumerable<string> ValueNames(EnumType type)
    {
        foreach (var value in type.Values)
        {
            yield return value.Name;
        }
    }
}
