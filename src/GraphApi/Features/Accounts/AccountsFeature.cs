using GraphApi.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.Features.Accounts;

/// <summary>
/// Accounts this server signs in itself: <c>Mutation.signUp</c> and <c>Mutation.signIn</c> return bearer tokens
/// that the authentication feature then accepts. Settings: the <c>Accounts</c> section (<see cref="AccountOptions"/>).
/// </summary>
public static class AccountsFeature
{
    public static IServiceCollection AddAccountsFeature(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AccountOptions>, AccountOptionsValidator>());
        services.TryAddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<AttemptLimiter>();
        services.AddHttpContextAccessor();
        return services;
    }
}
