namespace GraphApi.GraphQL.Language;

/// <summary>
/// Byte classes for the lexer (spec §2.1.9 Names, §2.9.1 Int Value, §2.9.4 String Value), one table lookup
/// per byte. Every byte from 0x80 up is in no class: non-ASCII characters are never part of a name,
/// number or punctuator.
/// </summary>
internal static class CharacterClasses
{
    private const byte NameStartFlag = 1;
    private const byte NameContinueFlag = 2;
    private const byte DigitFlag = 4;
    private const byte HexDigitFlag = 8;
    private const byte WhitespaceFlag = 16;
    private const byte IgnoredFlag = 32;

    // Short names keep the table below readable as a 16 x 16 grid.
    private const byte _ = 0;
    private const byte W = WhitespaceFlag | IgnoredFlag;
    private const byte I = IgnoredFlag;
    private const byte D = NameContinueFlag | DigitFlag | HexDigitFlag;
    private const byte L = NameStartFlag | NameContinueFlag;
    private const byte H = L | HexDigitFlag;

    /// <summary>Indexed by byte value; compiled into the assembly's data, so reading it allocates nothing.</summary>
    private static ReadOnlySpan<byte> Table =>
        [
            _, _, _, _, _, _, _, _, _, W, I, _, _, I, _, _, // 0x00
            _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, // 0x10
            W, _, _, _, _, _, _, _, _, _, _, _, I, _, _, _, // 0x20
            D, D, D, D, D, D, D, D, D, D, _, _, _, _, _, _, // 0x30
            _, H, H, H, H, H, H, L, L, L, L, L, L, L, L, L, // 0x40
            L, L, L, L, L, L, L, L, L, L, L, _, _, _, _, L, // 0x50
            _, H, H, H, H, H, H, L, L, L, L, L, L, L, L, L, // 0x60
            L, L, L, L, L, L, L, L, L, L, L, _, _, _, _, _, // 0x70
            _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, // 0x80
            _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, // 0x90
            _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, // 0xA0
            _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, // 0xB0
            _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, // 0xC0
            _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, // 0xD0
            _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, // 0xE0
            _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, // 0xF0
        ];

    /// <summary>
    /// The kind of each one-byte punctuator (spec §2.1.8), indexed by byte; <see cref="TokenKind.StartOfFile"/>
    /// (0) for every other byte. <c>.</c> is not here: it starts <c>...</c>.
    /// </summary>
    private static ReadOnlySpan<byte> Punctuators =>
        [
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x00
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x10
            0, (byte)TokenKind.Bang, 0, 0, (byte)TokenKind.Dollar, 0, (byte)TokenKind.Amp, 0, // 0x20
            (byte)TokenKind.ParenL, (byte)TokenKind.ParenR, 0, 0, 0, 0, 0, 0, // 0x28
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.Colon, 0, 0, (byte)TokenKind.Equals, 0, 0, // 0x30
            (byte)TokenKind.At, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x40
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.BracketL, 0, (byte)TokenKind.BracketR, 0, 0, // 0x50
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x60
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.BraceL, (byte)TokenKind.Pipe, (byte)TokenKind.BraceR, 0, 0, // 0x70
        ];

    /// <summary>The token kind of a one-byte punctuator, or <see cref="TokenKind.StartOfFile"/> if <paramref name="b"/> is none.</summary>
    public static TokenKind Punctuator(byte b) => b < 0x80 ? (TokenKind)Punctuators[b] : TokenKind.StartOfFile;

    /// <summary>Letter or <c>_</c>.</summary>
    public static bool IsNameStart(byte b) => (Table[b] & NameStartFlag) != 0;

    /// <summary>Letter, digit or <c>_</c>.</summary>
    public static bool IsNameContinue(byte b) => (Table[b] & NameContinueFlag) != 0;

    public static bool IsDigit(byte b) => (Table[b] & DigitFlag) != 0;

    public static bool IsHexDigit(byte b) => (Table[b] & HexDigitFlag) != 0;

    /// <summary>
    /// White space, line terminators and commas (spec §2.1.1, §2.1.2, §2.1.5): ignored tokens of one byte,
    /// which the lexer skips in a tight loop. The byte order mark and comments are handled apart.
    /// </summary>
    public static bool IsIgnored(byte b) => (Table[b] & IgnoredFlag) != 0;

    /// <summary>Space or horizontal tab (spec §2.1.1 White Space), for block-string dedenting, which works on UTF-16 text.</summary>
    public static bool IsWhitespace(char c) => c < 0x80 && (Table[c] & WhitespaceFlag) != 0;
}
