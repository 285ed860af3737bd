using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Execution.Caching;

/// <summary>
/// Parsed and validated documents by the SHA-256 of their text, in a bounded LRU cache. A document is
/// parsed and validated once while it stays cached (spec §6.1.1 allows skipping validation of a document
/// known to be valid); syntax and validation errors are cached too, so a bad document repeated costs a
/// hash and a lookup.
/// </summary>
internal sealed class DocumentCache(Schema schema, int capacity, ParserOptions parserOptions, ValidationOptions validationOptions)
{
    private readonly LruCache<DocumentHash, CachedDocument> _cache = new(capacity);
    private long _parseCount;
    private long _validationCount;

    /// <summary>How many times a document was parsed (diagnostics: a cache hit does not parse).</summary>
    public long ParseCount => Interlocked.Read(ref _parseCount);

    /// <summary>How many times a document was validated.</summary>
    public long ValidationCount => Interlocked.Read(ref _validationCount);

    public int Count => _cache.Count;

    public CachedDocument Get(string text)
    {
        var hash = DocumentHash.Compute(text);
        if (_cache.TryGet(hash, out var cached))
        {
            return cached;
        }

        // Two requests racing on a new document may both parse it; the second store wins, which is harmless.
        cached = Load(hash, text);
        _cache.Set(hash, cached);
        return cached;
    }

    private CachedDocument Load(DocumentHash hash, string text)
    {
        DocumentNode document;
        Interlocked.Increment(ref _parseCount);
        try
        {
            document = Parser.Parse(text, parserOptions);
        }
        catch (GraphQLSyntaxException e)
        {
            return new CachedDocument(hash, null, RequestFailure.Parse, e.Errors);
        }

        Interlocked.Increment(ref _validationCount);
        var errors = DocumentValidator.Validate(schema, document, validationOptions);
        return errors.Count == 0
            ? new CachedDocument(hash, document, RequestFailure.None, [])
            : new CachedDocument(hash, document, RequestFailure.Validation, errors);
    }
}

/// <summary>A cached document: its syntax tree, or why it cannot execute (a parse or validation failure).</summary>
internal sealed record CachedDocument(DocumentHash Hash, DocumentNode? Document, RequestFailure Failure, IReadOnlyList<GraphQLError> Errors);
