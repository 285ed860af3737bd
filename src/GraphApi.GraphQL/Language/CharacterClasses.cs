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

    // Short names keep the table below readable as a 16 x 16 grid.
    private const byte _ = 0;
    private const byte W = WhitespaceFlag;
    private const byte D = NameContinueFlag | DigitFlag | HexDigitFlag;
    private const byte L = NameStartFlag | NameContinueFlag;
    private const byte H = L | HexDigitFlag;

    /// <summary>Indexed by byte value; compiled into the assembly's data, so reading it allocates nothing.</summary>
    private static ReadOnlySpan<byte> Table =>
        [
            _, _, _, _, _, _, _, _, _, W, _, _, _, _, _, _, // 0x00
            _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, // 0x10
            W, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, // 0x20
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

    /// <summary>Letter or <c>_</c>.</summary>
    public static bool IsNameStart(byte b) => (Table[b] & NameStartFlag) != 0;

    /// <summary>Letter, digit or <c>_</c>.</summary>
    public static bool IsNameContinue(byte b) => (Table[b] & NameContinueFlag) != 0;

    public static bool IsDigit(byte b) => (Table[b] & DigitFlag) != 0;

    public static bool IsHexDigit(byte b) => (Table[b] & HexDigitFlag) != 0;

    /// <summary>Space or horizontal tab (spec §2.1.1 White Space), for block-string dedenting, which works on UTF-16 text.</summary>
    public static bool IsWhitespace(char c) => c < 0x80 && (Table[c] & WhitespaceFlag) != 0;
}
