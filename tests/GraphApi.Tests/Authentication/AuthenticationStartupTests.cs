using System.Security.Cryptography;
using GraphApi.Authentication;
using GraphApi.Tests.Authentication.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Authentication;

/// <summary>Settings that would make tokens forgeable or unverifiable stop the server at startup, naming the setting.</summary>
public sealed class AuthenticationStartupTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), $"graphapi-auth-{Guid.NewGuid():N}");

    public AuthenticationStartupTests() => Directory.CreateDirectory(_contentRoot);

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    private string KeyFile => Path.Combine(_contentRoot, "data", "jwt-signing-key");

    private WebApplication Build(string environment, params string[] settings)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = _contentRoot,
            Args = ["--urls=http://127.0.0.1:0", .. settings.Select(s => "--Authentication:Jwt:" + s)],
        });
        builder.Services.AddJwtBearerAuthentication();
        return builder.Build();
    }

    private async Task<string[]> StartupFailuresAsync(string environment, params string[] settings)
    {
        await using var app = Build(environment, settings);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        return error.Failures.ToArray();
    }

    [Fact]
    public async Task An_HMAC_key_shorter_than_256_bits_stops_the_server()
    {
        string key128 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

        var failures = await StartupFailuresAsync("Production", "SigningKey=" + key128);

        Assert.Equal(["Authentication:Jwt:SigningKey has 128 bits; an HMAC key needs at least 256 (e.g. openssl rand -base64 32)."], failures);
    }

    [Fact]
    public async Task A_short_passphrase_stops_the_server()
    {
        var failures = await StartupFailuresAsync("Production", "SigningKey=secret", "SigningKeyEncoding=Utf8");

        Assert.Equal(["Authentication:Jwt:SigningKey has 48 bits; an HMAC key needs at least 256 (e.g. openssl rand -base64 32)."], failures);
    }

    [Fact]
    public async Task A_key_that_is_not_base64_stops_the_server()
    {
        var failures = await StartupFailuresAsync("Production", "SigningKey=not base64!");

        Assert.Equal(["Authentication:Jwt:SigningKey is not base64; set Authentication:Jwt:SigningKeyEncoding=Utf8 for a passphrase."], failures);
    }

    [Fact]
    public async Task Production_without_a_key_or_an_authority_stops_the_server()
    {
        var failures = await StartupFailuresAsync("Production");

        Assert.Equal(
            [
                "Authentication:Jwt has no key to verify tokens with: set Authentication:Jwt:SigningKey (an HMAC secret of at least 256 bits, e.g. openssl rand -base64 32), " +
                "Authentication:Jwt:PublicKeys or Authentication:Jwt:Authority. Only the Development environment generates a key; this is Production.",
            ],
            failures);
        Assert.False(File.Exists(KeyFile));
    }

    [Fact]
    public async Task Public_keys_that_are_unusable_stop_the_server()
    {
        using var weak = RSA.Create(1024);
        using var secp256k1 = ECDsa.Create(ECCurve.CreateFromFriendlyName("secP256k1"));
        var failures = await StartupFailuresAsync(
            "Production",
            "PublicKeys:0:Pem=" + weak.ExportSubjectPublicKeyInfoPem(),
            "PublicKeys:1:Pem=" + secp256k1.ExportSubjectPublicKeyInfoPem(),
            "PublicKeys:2:Pem=" + weak.ExportPkcs8PrivateKeyPem(),
            "PublicKeys:3:Pem=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");

        Assert.Equal(
            [
                "Authentication:Jwt:PublicKeys:0:Pem is an RSA key of 1024 bits; at least 2048 are required.",
                "Authentication:Jwt:PublicKeys:1:Pem is an EC key on a curve other than P-256, P-384 and P-521.",
                "Authentication:Jwt:PublicKeys:2:Pem is not a PEM public key (-----BEGIN PUBLIC KEY----- or -----BEGIN RSA PUBLIC KEY-----).",
                "Authentication:Jwt:PublicKeys:3:Pem is not a PEM public key (-----BEGIN PUBLIC KEY----- or -----BEGIN RSA PUBLIC KEY-----).",
            ],
            failures);
    }

    [Fact]
    public async Task An_unknown_algorithm_or_none_in_the_allow_list_stops_the_server()
    {
        var failures = await StartupFailuresAsync("Production", "SigningKey=" + TestKeys.HmacSecret, "Algorithms:0=HS256", "Algorithms:1=none", "Algorithms:2=hs256");

        Assert.Equal(
            [
                "Authentication:Jwt:Algorithms: \"none\" is not one of HS256, HS384, HS512, RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512.",
                "Authentication:Jwt:Algorithms: \"hs256\" is not one of HS256, HS384, HS512, RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512.",
            ],
            failures);
    }

    [Fact]
    public async Task An_authority_over_http_stops_the_server_unless_allowed_for_tests()
    {
        var failures = await StartupFailuresAsync("Production", "Authority=http://idp.example", "Audiences:0=api");

        Assert.Equal(
            ["Authentication:Jwt:Authority must be https (keys fetched over http could be replaced on the way); set Authentication:Jwt:RequireHttpsMetadata=false only for a local test authority."],
            failures);
    }

    [Fact]
    public async Task Settings_out_of_range_stop_the_server()
    {
        var failures = await StartupFailuresAsync(
            "Production",
            "SigningKey=" + TestKeys.HmacSecret,
            "Authority=not a url",
            "ClockSkew=-00:00:01",
            "UnknownKeyRefreshInterval=00:00:00",
            "MaxTokenLength=0",
            "NameClaim=");

        Assert.Equal(
            [
                "Authentication:Jwt:Authority must be the issuer URL of an OpenID Connect provider, not \"not a url\".",
                "Authentication:Jwt:ClockSkew must not be negative, not -00:00:01.",
                "Authentication:Jwt:UnknownKeyRefreshInterval must be positive, not 00:00:00.",
                "Authentication:Jwt:MaxTokenLength must be positive, not 0.",
                "Authentication:Jwt:NameClaim must name a claim.",
            ],
            failures);
    }

    [Fact]
    public async Task Valid_settings_start()
    {
        await using var app = Build("Production", "SigningKey=" + TestKeys.HmacSecret, "PublicKeys:0:Pem=" + (await TestKeys.Rsa).PublicKeyPem);

        await app.StartAsync();

        Assert.NotNull(app.Services.GetRequiredService<JwtAuthenticator>());
        await app.StopAsync();
    }

    [Fact]
    public async Task Development_without_a_key_generates_one_in_data_and_keeps_it_across_restarts()
    {
        string firstToken;
        await using (var first = Build("Development"))
        {
            await first.StartAsync();
            firstToken = first.Services.GetRequiredService<JwtTokenIssuer>().Issue("user-1").AccessToken;
            await first.StopAsync();
        }

        string key = File.ReadAllText(KeyFile);
        Assert.Equal(32, Convert.FromBase64String(key).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        }

        await using var second = Build("Development");
        await second.StartAsync();
        var result = await second.Services.GetRequiredService<JwtAuthenticator>().ValidateAsync(firstToken);
        Assert.True(result.Succeeded, result.Failure?.Describe());
        Assert.Equal(key, File.ReadAllText(KeyFile));
        await second.StopAsync();
    }

    [Fact]
    public async Task Development_with_a_configured_key_writes_no_file()
    {
        await using var app = Build("Development", "SigningKey=" + TestKeys.HmacSecret);

        await app.StartAsync();

        Assert.False(File.Exists(KeyFile));
        await app.StopAsync();
    }

    [Fact]
    public async Task A_damaged_development_key_file_stops_the_server_naming_the_file()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
        File.WriteAllText(KeyFile, "c2hvcnQ=");
        await using var app = Build("Development");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Equal($"The development signing key in {KeyFile} is not a base64 key of at least 256 bits; delete the file to get a new one.", error.Message);
    }

    [Fact]
    public async Task Hosts_starting_together_in_Development_share_one_generated_key()
    {
        var apps = Enumerable.Range(0, 4).Select(_ => Build("Development")).ToArray();

        await Task.WhenAll(apps.Select(app => Task.Run(() => app.StartAsync())));

        string key = File.ReadAllText(KeyFile);
        var issued = apps[0].Services.GetRequiredService<JwtTokenIssuer>().Issue("user-1").AccessToken;
        foreach (var app in apps)
        {
            Assert.True((await app.Services.GetRequiredService<JwtAuthenticator>().ValidateAsync(issued)).Succeeded);
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Assert.Equal(key, File.ReadAllText(KeyFile));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(KeyFile)!));
    }
}
