namespace GraphApi.Tests.Authentication.Infrastructure;

/// <summary>One host for a test class, knowing every test key (<see cref="AuthHostFactory.AllTestKeysAsync"/>), on a clock that stands still.</summary>
public sealed class AuthHostFixture : IAsyncLifetime
{
    public FakeClock Clock { get; } = new();

    public AuthHostFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = new AuthHostFactory(Clock, await AuthHostFactory.AllTestKeysAsync());
        Client = Factory.CreateClient();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
