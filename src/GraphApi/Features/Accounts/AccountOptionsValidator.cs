using Microsoft.Extensions.Options;

namespace GraphApi.Features.Accounts;

/// <summary>Stops the server at startup when an <c>Accounts</c> setting makes no sense, naming it.</summary>
internal sealed class AccountOptionsValidator : IValidateOptions<AccountOptions>
{
    private const string Section = AccountOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AccountOptions options)
    {
        var failures = new List<string>();
        if (options.MaxFailedSignIns < 1)
        {
            failures.Add($"{Section}:MaxFailedSignIns must be at least 1, not {options.MaxFailedSignIns}.");
        }

        if (options.LockoutDuration <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:LockoutDuration must be positive, not {options.LockoutDuration}.");
        }

        if (options.AttemptRateLimit.PermitLimit < 0)
        {
            failures.Add($"{Section}:AttemptRateLimit:PermitLimit must not be negative (0 turns the limit off), not {options.AttemptRateLimit.PermitLimit}.");
        }

        if (options.AttemptRateLimit.Window <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:AttemptRateLimit:Window must be positive, not {options.AttemptRateLimit.Window}.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
