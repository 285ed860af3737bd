using GraphApi.Features.Mutations;
using GraphApi.Features.Users;

namespace GraphApi.Features.Accounts;

/// <summary>
/// What sign-up accepts. Password rules follow NIST SP 800-63B §5.1.1 in spirit: a minimum length and a
/// generous maximum, no composition rules, but no password an attacker would try first.
/// </summary>
public static class AccountRules
{
    public const int MinPasswordLength = 8;

    public const int MaxPasswordLength = 128;

    /// <summary>The fewest different characters a password must have: "aaaaaaaa" and "abababab" are refused.</summary>
    public const int MinDistinctPasswordCharacters = 4;

    /// <summary>The longest address SMTP can deliver to, which is also the column's length.</summary>
    public const int MaxEmailLength = 254;

    /// <summary>The longest local part (before the @) SMTP allows (RFC 5321 §4.5.3.1.1).</summary>
    public const int MaxEmailLocalPartLength = 64;

    /// <summary>The longest name, which is the column's length.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The problems of a sign-up, each naming its input field; empty when it is acceptable.</summary>
    public static List<MutationError> Check(string normalizedEmail, string password, string trimmedName)
    {
        var errors = new List<MutationError>();
        if (CheckEmail(normalizedEmail) is { } emailProblem)
        {
            errors.Add(new ValidationError(emailProblem, "email"));
        }

        if (CheckPassword(password, normalizedEmail) is { } passwordProblem)
        {
            errors.Add(new ValidationError(passwordProblem, "password"));
        }

        if (CheckName(trimmedName) is { } nameProblem)
        {
            errors.Add(new ValidationError(nameProblem, "name"));
        }

        return errors;
    }

    /// <summary>What is wrong with an address already normalized by <see cref="User.NormalizeEmail"/>, or null.</summary>
    public static string? CheckEmail(string email)
    {
        if (email.Length == 0)
        {
            return "An e-mail address is required.";
        }

        if (email.Length > MaxEmailLength)
        {
            return $"An e-mail address has at most {MaxEmailLength} characters, not {email.Length}.";
        }

        var parts = email.Split('@');
        return parts is [var local, var domain] && IsLocalPart(local) && IsDomain(domain)
            ? null
            : $"\"{email}\" is not an e-mail address such as ada@example.com.";
    }

    /// <summary>What is wrong with a password, or null. Never repeats the password.</summary>
    public static string? CheckPassword(string password, string normalizedEmail)
    {
        int length = password.EnumerateRunes().Count();
        if (length < MinPasswordLength)
        {
            return $"A password needs at least {MinPasswordLength} characters, not {length}.";
        }

        if (length > MaxPasswordLength)
        {
            return $"A password has at most {MaxPasswordLength} characters, not {length}.";
        }

        if (password.EnumerateRunes().Distinct().Count() < MinDistinctPasswordCharacters)
        {
            return $"A password needs at least {MinDistinctPasswordCharacters} different characters.";
        }

        string localPart = normalizedEmail.Split('@')[0];
        if (password.Equals(normalizedEmail, StringComparison.OrdinalIgnoreCase)
            || password.Equals(localPart, StringComparison.OrdinalIgnoreCase))
        {
            return "A password cannot be the e-mail address or its part before the @.";
        }

        return null;
    }

    /// <summary>What is wrong with a trimmed name, or null.</summary>
    public static string? CheckName(string name)
    {
        if (name.Length == 0)
        {
            return "A name is required.";
        }

        if (name.Length > MaxNameLength)
        {
            return $"A name has at most {MaxNameLength} characters, not {name.Length}.";
        }

        return name.Any(char.IsControl) ? "A name cannot contain control characters such as line breaks." : null;
    }

    // A dot-atom (RFC 5322 §3.2.3): no quoted local parts, which no sign-up form needs and which make addresses
    // compare unequal that deliver to the same mailbox. Non-ASCII letters are allowed (RFC 6531).
    private static bool IsLocalPart(string local) =>
        local.Length is > 0 and <= MaxEmailLocalPartLength
        && local.Split('.').All(atom => atom.Length > 0 && atom.All(IsAtomCharacter));

    private static bool IsAtomCharacter(char c) =>
        c > '\u007f' ? !char.IsControl(c) && !char.IsWhiteSpace(c)
        : char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~".Contains(c, StringComparison.Ordinal);

    // A host name of two labels or more (RFC 1035 §2.3.1, letters widened to Unicode for IDNs); not an IP literal.
    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2
            && labels.All(label => label.Length is > 0 and <= 63
                && label[0] != '-' && label[^1] != '-'
                && label.All(c => c == '-' || char.IsLetterOrDigit(c)))
            && !labels[^1].All(char.IsAsciiDigit);
    }
}
