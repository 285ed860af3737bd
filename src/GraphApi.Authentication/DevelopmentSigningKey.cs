using System.Security.Cryptography;
using GraphApi.Authentication.Keys;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphApi.Authentication;

/// <summary>
/// In the Development environment only, when no key and no authority is configured: a 256-bit HMAC key
/// generated on first start and kept in <c>data/jwt-signing-key</c> under the content root, so that tokens
/// survive restarts. Other environments get no key and fail at startup (<see cref="JwtBearerOptionsValidator"/>).
/// </summary>
internal sealed class DevelopmentSigningKey(IHostEnvironment environment, ILogger<DevelopmentSigningKey> logger) : IPostConfigureOptions<JwtBearerOptions>
{
    public const string RelativePath = "data/jwt-signing-key";

    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme || !environment.IsDevelopment() || options.HasKeySource)
        {
            return;
        }

        string path = Path.Combine(environment.ContentRootPath, RelativePath);
        bool created = !File.Exists(path) && TryCreate(path);
        string key = File.ReadAllText(path).Trim();
        if (!IsUsable(key))
        {
            throw new InvalidOperationException($"The development signing key in {path} is not a base64 key of at least 256 bits; delete the file to get a new one.");
        }

        options.SigningKey = key;
        options.SigningKeyEncoding = SigningKeyEncoding.Base64;
        logger.LogWarning(
            "Development: {Section} has no key, so tokens are signed and verified with the key {Action} {Path}. Configure a key or an authority for any other environment.",
            JwtBearerDefaults.ConfigurationSection,
            created ? "generated in" : "read from",
            path);
    }

    /// <summary>Writes a new key; false when another process started at the same time wrote its key first.</summary>
    private static bool TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, fileOptions))
        {
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(HmacSigningKey.MinimumBytes)));
        }

        // A complete file appears at once, or not at all: hosts starting together never read half a key.
        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return false;
        }
    }

    private static bool IsUsable(string key) =>
        Convert.TryFromBase64String(key, new byte[key.Length], out int length) && length >= HmacSigningKey.MinimumBytes;
}
