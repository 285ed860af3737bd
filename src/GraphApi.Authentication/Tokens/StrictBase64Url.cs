using System.Buffers.Text;

namespace GraphApi.Authentication.Tokens;

/// <summary>
/// Base64url without padding (RFC 7515 §2) decoded strictly: only the 64 characters of the alphabet, no
/// <c>=</c>, no whitespace, no impossible length, and no set bits after the last byte. Each byte string has
/// exactly one accepted spelling, so a token cannot be altered without changing what it decodes to.
/// </summary>
internal static class StrictBase64Url
{
    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 4 == 1)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (ValueOf(c) < 0)
            {
                return false;
            }
        }

        // 2 trailing characters carry 12 bits for 8, 3 carry 18 for 16: the spare low bits must be zero.
        int spareBits = (text.Length % 4) switch
        {
            2 => 0b1111,
            3 => 0b11,
            _ => 0,
        };
        if (spareBits != 0 && (ValueOf(text[^1]) & spareBits) != 0)
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(text);
        return true;
    }

    public static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    private static int ValueOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        '_' => 63,
        _ => -1,
    };
}
