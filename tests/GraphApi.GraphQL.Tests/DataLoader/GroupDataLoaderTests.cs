using GraphApi.GraphQL.DataLoader;

namespace GraphApi.GraphQL.Tests.DataLoader;

public sealed class GroupDataLoaderTests
{
    private sealed record Book(int AuthorId, string Title);

    private static readonly Book[] s_books =
    [
        new(1, "Emma"), new(2, "Dracula"), new(1, "Persuasion"), new(3, "Ulysses"),
    ];

    private static RecordingGroupLoader<int, Book> BooksByAuthor(DataLoaderScope scope, DataLoaderOptions? options = null) =>
        new(scope, (authorIds, _) => Task.FromResult(s_books.Where(b => authorIds.Contains(b.AuthorId)).ToLookup(b => b.AuthorId)), options);

    [Fact]
    public async Task Each_key_gets_its_group_from_one_batch_and_a_key_without_items_an_empty_list()
    {
        var scope = new DataLoaderScope();
        var loader = BooksByAuthor(scope);

        Task<IReadOnlyList<Book>> austen = loader.LoadAsync(1);
        Task<IReadOnlyList<Book>> nobody = loader.LoadAsync(9);
        Task<IReadOnlyList<Book>> stoker = loader.LoadAsync(2);
        Task<IReadOnlyList<Book>> austenAgain = loader.LoadAsync(1);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal([[1, 9, 2]], loader.Calls);
        Assert.Same(austen, austenAgain);
        Assert.Equal(["Emma", "Persuasion"], (await austen).Select(b => b.Title));
        Assert.Empty(await nobody);
        Assert.Equal("Dracula", Assert.Single(await stoker).Title);
    }

    [Fact]
    public async Task A_group_is_cached_and_can_be_primed()
    {
        var scope = new DataLoaderScope();
        var loader = BooksByAuthor(scope);
        loader.Prime(3, [new Book(3, "Dubliners")]);

        Task<IReadOnlyList<Book>> first = loader.LoadAsync(1);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Same(first, loader.LoadAsync(1));
        Assert.Equal("Dubliners", Assert.Single(await loader.LoadAsync(3)).Title);
        Assert.Equal([[1]], loader.Calls);
    }

    [Fact]
    public async Task An_exception_of_the_batch_fails_every_key()
    {
        var scope = new DataLoaderScope();
        var loader = new RecordingGroupLoader<int, Book>(scope, (_, _) => throw new TimeoutException("slow store"));

        Task<IReadOnlyList<Book>> one = loader.LoadAsync(1);
        Task<IReadOnlyList<Book>> two = loader.LoadAsync(2);
        await scope.DispatchAsync(CancellationToken.None);

        await Assert.ThrowsAsync<TimeoutException>(() => one);
        await Assert.ThrowsAsync<TimeoutException>(() => two);
    }

    [Fact]
    public async Task A_null_lookup_fails_every_key_with_an_error_naming_the_loader()
    {
        var scope = new DataLoaderScope();
        var loader = new RecordingGroupLoader<int, Book>(scope, (_, _) => Task.FromResult<ILookup<int, Book>>(null!));

        Task<IReadOnlyList<Book>> one = loader.LoadAsync(1);
        await scope.DispatchAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => one);
        Assert.Equal("RecordingGroupLoader`2.LoadBatchAsync returned null instead of a lookup.", error.Message);
    }

    [Fact]
    public async Task The_maximum_batch_size_splits_group_batches_too()
    {
        var scope = new DataLoaderScope();
        var loader = BooksByAuthor(scope, new DataLoaderOptions { MaxBatchSize = 2 });

        Task<IReadOnlyList<IReadOnlyList<Book>>> all = loader.LoadManyAsync([1, 2, 3]);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal([[1, 2], [3]], loader.Calls.OrderBy(call => call[0]));
        Assert.Equal([2, 1, 1], (await all).Select(books => books.Count));
    }
}
