namespace GraphApi.Tests.Infrastructure;

/// <summary>Content of unknown length: HttpClient sends it chunked, without Content-Length.</summary>
public sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;
}
