namespace GraphApi.Authentication;

/// <summary>The names the JWT bearer authentication registers under.</summary>
public static class JwtBearerDefaults
{
    /// <summary>The authentication scheme, also the name of its <see cref="JwtBearerOptions"/>.</summary>
    public const string AuthenticationScheme = "Bearer";

    /// <summary>The configuration section the options are bound from.</summary>
    public const string ConfigurationSection = "Authentication:Jwt";
}
