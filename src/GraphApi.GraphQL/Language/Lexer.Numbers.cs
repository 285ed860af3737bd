namespace GraphApi.GraphQL.Language;

internal ref partial struct Lexer
{
    /// <summary>
    /// IntValue or FloatValue (spec §2.9.1, §2.9.2), including their lookahead restrictions: a number
    /// must not be followed by a digit, <c>.</c> or a NameStart. Errors point at the first byte that
    /// breaks the grammar, as graphql-js's do.
    /// </summary>
    private readonly Token ReadNumber(int start)
    {
        int position = start;
        byte b = _body[position];
        if (b == '-')
        {
            b = At(++position);
        }

        if (b == '0')
        {
            b = At(++position);
            if (CharacterClasses.IsDigit(b))
            {
                SyntaxError.Throw(_source, position, $"Invalid number, unexpected digit after 0: {DescribeCharacterAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
            b = At(position);
        }

        bool isFloat = false;
        if (b == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
            b = At(position);
        }

        if (b is (byte)'e' or (byte)'E')
        {
            isFloat = true;
            b = At(++position);
            if (b is (byte)'+' or (byte)'-')
            {
                ++position;
            }

            position = ReadDigits(position);
            b = At(position);
        }

        if (b == '.' || CharacterClasses.IsNameStart(b))
        {
            SyntaxError.Throw(_source, position, $"Invalid number, expected digit but got: {DescribeCharacterAt(position)}.");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    /// <summary>Digit+ from <paramref name="position"/>; returns the position after the last digit.</summary>
    private readonly int ReadDigits(int position)
    {
        if (!CharacterClasses.IsDigit(At(position)))
        {
            SyntaxError.Throw(_source, position, $"Invalid number, expected digit but got: {DescribeCharacterAt(position)}.");
        }

        var body = _body;
        position++;
        while (position < body.Length && CharacterClasses.IsDigit(body[position]))
        {
            position++;
        }

        return position;
    }
}
