using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Authentication.Infrastructure;

/// <summary>
/// The host as it ships, with <paramref name="settings"/> (e.g. <c>Authentication:Jwt:SigningKey</c>), the
/// <see cref="WhoAmI"/> schema and <paramref name="clock"/> as the time.
/// </summary>
public sealed class AuthHostFactory(FakeClock clock, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    /// <summary>The settings of a host that knows every test key: the HMAC secret and the RSA and EC public keys.</summary>
    public static async Task<(string Key, string Value)[]> AllTestKeysAsync(params (string Key, string Value)[] more) =>
    [
        ("Authentication:Jwt:SigningKey", TestKeys.HmacSecret),
        ("Authentication:Jwt:PublicKeys:0:Pem", (await TestKeys.Rsa).PublicKeyPem),
        ("Authentication:Jwt:PublicKeys:0:KeyId", "rsa-1"),
        ("Authentication:Jwt:PublicKeys:1:Pem", (await TestKeys.Ec).PublicKeyPem),
        ("Authentication:Jwt:PublicKeys:1:KeyId", "ec-1"),
        .. more,
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(WhoAmI.Schema());
            services.AddSingleton<TimeProvider>(clock);
        });
    }
}
