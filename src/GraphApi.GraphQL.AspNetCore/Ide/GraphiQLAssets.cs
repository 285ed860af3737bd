using System.Buffers.Text;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// The bundled GraphiQL files (Ide/dist, embedded in this assembly under <c>GraphiQL/</c>). Contents are
/// streamed from the loaded assembly image on each request; only their hashes are computed, once.
/// </summary>
internal sealed class GraphiQLAssets
{
    private const string ResourcePrefix = "GraphiQL/";

    /// <summary>The files the page references directly; the bundle is unusable without them.</summary>
    private static readonly string[] RequiredFiles = ["graphiql.js", "graphiql.css"];

    private static readonly Lazy<GraphiQLAssets> Embedded = new(() => Load(typeof(GraphiQLAssets).Assembly));

    private readonly Assembly _assembly;
    private readonly Dictionary<string, GraphiQLAsset> _files;

    private GraphiQLAssets(Assembly assembly, Dictionary<string, GraphiQLAsset> files, string version)
    {
        _assembly = assembly;
        _files = files;
        Version = version;
    }

    /// <summary>The bundle in this assembly.</summary>
    public static GraphiQLAssets Instance => Embedded.Value;

    /// <summary>A hash of every file: the page adds it to asset addresses (<c>?v=</c>) so that they can be cached forever.</summary>
    public string Version { get; }

    public GraphiQLAsset? Find(string fileName) => _files.GetValueOrDefault(fileName);

    public Stream Open(GraphiQLAsset asset) =>
        _assembly.GetManifestResourceStream(ResourcePrefix + asset.FileName)
        ?? throw new InvalidOperationException($"The embedded GraphiQL file \"{asset.FileName}\" disappeared.");

    private static GraphiQLAssets Load(Assembly assembly)
    {
        var files = new Dictionary<string, GraphiQLAsset>(StringComparer.Ordinal);
        using var bundleHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var hash = SHA256.HashData(stream);
            bundleHash.AppendData(hash);
            var fileName = resource[ResourcePrefix.Length..];
            files.Add(fileName, new GraphiQLAsset(fileName, ContentTypeOf(fileName), stream.Length, new EntityTagHeaderValue("\"" + ShortHash(hash) + "\"")));
        }

        var missing = RequiredFiles.Where(f => !files.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The GraphiQL bundle is missing {string.Join(", ", missing)} in {assembly.GetName().Name}: "
                + "build it with \"npm ci && npm run build\" in src/GraphApi.GraphQL.AspNetCore/Ide/client.");
        }

        return new GraphiQLAssets(assembly, files, ShortHash(bundleHash.GetHashAndReset()));
    }

    private static string ContentTypeOf(string fileName) => Path.GetExtension(fileName) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        var other => throw new InvalidOperationException($"The GraphiQL bundle has a file of unexpected type \"{other}\"."),
    };

    // 16 bytes (128 bits) of the SHA-256 are plenty to tell versions apart and keep URLs short.
    private static string ShortHash(byte[] sha256) => Base64Url.EncodeToString(sha256.AsSpan(0, 16));
}

/// <summary>One embedded file of the bundle.</summary>
internal sealed record GraphiQLAsset(string FileName, string ContentType, long Length, EntityTagHeaderValue ETag);
