using System.Globalization;
using System.Text;

namespace GraphApi.GraphQL.Execution.Values;

/// <summary>
/// Formats a double the way JavaScript's <c>Number.prototype.toString()</c> does (ECMAScript
/// Number::toString), so that numbers coerced to String and numbers quoted in error messages read as in
/// graphql-js: <c>1</c> not <c>1.0</c>, <c>1e+21</c> not <c>1E+21</c>, <c>10000000000000000</c> not <c>1E+16</c>.
/// </summary>
internal static class NumberFormat
{
    public static string ToJsString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0"; // also for -0, as in JavaScript
        }

        // "R" gives the shortest round-trip digits; re-lay them out by the ECMAScript rules.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        int exponentAt = text.IndexOf('E');
        int exponent = exponentAt < 0 ? 0 : int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        int point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        int integerDigits = point < 0 ? mantissa.Length : point;

        // Normalise to digits d1..dk (no leading/trailing zeros) and n such that value = 0.d1..dk × 10^n.
        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        int n = integerDigits - leadingZeros + exponent;
        int k = digits.Length;

        var builder = new StringBuilder(24);
        if (negative)
        {
            builder.Append('-');
        }

        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            builder.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
