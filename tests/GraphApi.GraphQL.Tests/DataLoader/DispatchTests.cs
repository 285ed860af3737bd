using GraphApi.GraphQL.DataLoader;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.DataLoader;

/// <summary>
/// The proof of issue 3, point 4: with the executor dispatching, each loader's batch function runs once
/// per list-nesting level at which it is used, at page size 1 as at 50. It runs on the test framework's
/// synchronization context on purpose: the harder case, where continuations are not inlined by default.
/// </summary>
public sealed class DispatchTests
{
    private const string Sdl = """
        type Query { authors(first: Int!): [Author!]! }
        type Author { name: String! profile: Person! books(first: Int!): [Book!]! }
        type Book { title: String! reviews(first: Int!): [Review!]! }
        type Review { text: String! reviewer: Person! }
        type Person { name: String! }
        """;

    private const string Query = """
        query ($n: Int!) {
          authors(first: $n) {
            name
            profile { name }
            books(first: $n) { title reviews(first: $n) { text reviewer { name } } }
          }
        }
        """;

    /// <summary>More items per parent than the largest page, so that every page is full.</summary>
    private const int ItemsPerParent = 55;

    private sealed record Author(int Id)
    {
        public string Name => "Author " + Id;
    }

    private sealed record Book(int Id, int AuthorId)
    {
        public string Title => "Book " + Id;
    }

    private sealed record Review(int Id, int BookId, int ReviewerId)
    {
        public string Text => "Review " + Id;
    }

    private sealed record Person(int Id)
    {
        public string Name => "Person " + Id;
    }

    /// <summary>The loaders of one request, served to resolvers the way a host's scoped services are.</summary>
    private sealed class RequestServices : IServiceProvider
    {
        public RequestServices()
        {
            Books = new RecordingGroupLoader<int, Book>(Scope, (authorIds, _) => Task.FromResult(
                authorIds.SelectMany(a => Enumerable.Range(0, ItemsPerParent).Select(j => new Book(a * 1_000 + j, a))).ToLookup(b => b.AuthorId)));
            Reviews = new RecordingGroupLoader<int, Review>(Scope, async (bookIds, _) =>
            {
                await Task.Yield(); // one level of the tree completes on another thread, as with a real database
                return bookIds.SelectMany(b => Enumerable.Range(0, ItemsPerParent).Select(j => new Review(b * 100 + j, b, (b + j) % 97))).ToLookup(r => r.BookId);
            });
            People = new RecordingBatchLoader<int, Person>(Scope, (ids, _) => Task.FromResult<IReadOnlyDictionary<int, Person>>(
                ids.ToDictionary(id => id, id => new Person(id))));
        }

        public DataLoaderScope Scope { get; } = new();

        public RecordingGroupLoader<int, Book> Books { get; }

        public RecordingGroupLoader<int, Review> Reviews { get; }

        public RecordingBatchLoader<int, Person> People { get; }

        public object? GetService(Type serviceType) =>
            serviceType == typeof(IBatchDispatcher) ? Scope
            : serviceType == typeof(RequestServices) ? this
            : null;
    }

    private static readonly Lazy<RequestExecutor> s_executor = new(() => new RequestExecutor(
        new ExecutableSchemaBuilder(SchemaBuilder.Build(Sdl))
            .BindType<Author>("Author")
            .BindType<Book>("Book")
            .BindType<Review>("Review")
            .BindType<Person>("Person")
            .Resolve("Query", "authors", context => Enumerable.Range(1, context.Argument<int>("first")).Select(id => new Author(id)).ToList())
            .Resolve<Author>("Author", "profile", async (author, context) =>
                await context.Service<RequestServices>().People.LoadAsync(author.Id, context.CancellationToken))
            .Resolve<Author>("Author", "books", async (author, context) =>
                (await context.Service<RequestServices>().Books.LoadAsync(author.Id, context.CancellationToken)).Take(context.Argument<int>("first")).ToList())
            .Resolve<Book>("Book", "reviews", async (book, context) =>
                (await context.Service<RequestServices>().Reviews.LoadAsync(book.Id, context.CancellationToken)).Take(context.Argument<int>("first")).ToList())
            .Resolve<Review>("Review", "reviewer", async (review, context) =>
                await context.Service<RequestServices>().People.LoadAsync(review.ReviewerId, context.CancellationToken))
            .Build()));

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public async Task Each_loader_runs_once_per_list_nesting_level_whatever_the_page_size(int pageSize)
    {
        var services = new RequestServices();

        ExecutionResult result = await ExecuteAsync(services, pageSize);

        Assert.Null(result.Errors);
        Assert.Equal(pageSize, Assert.Single(services.Books.Calls).Length);
        Assert.Equal(pageSize * pageSize, Assert.Single(services.Reviews.Calls).Length);
        Assert.Equal(2, services.People.Calls.Count); // profiles (level 1), then reviewers (level 3) not already cached
        Assert.Equal(pageSize, services.People.Calls[0].Length);
        Assert.Empty(services.People.Calls[1].Intersect(services.People.Calls[0]));
        AssertFullPages(result, pageSize);
    }

    private static async Task<ExecutionResult> ExecuteAsync(RequestServices services, int pageSize)
    {
        var request = new GraphQLRequest
        {
            Query = Query,
            Variables = System.Text.Json.JsonDocument.Parse($$"""{"n":{{pageSize}}}""").RootElement,
        };
        return await s_executor.Value.ExecuteAsync(request, new RequestContext { Services = services });
    }

    private static void AssertFullPages(ExecutionResult result, int pageSize)
    {
        var authors = Assert.IsType<ResultList>(result.Data!["authors"]);
        Assert.Equal(pageSize, authors.Count);
        var lastAuthor = Assert.IsType<ResultMap>(authors[^1]);
        Assert.Equal("Person " + pageSize, Assert.IsType<ResultMap>(lastAuthor["profile"])["name"]);
        var books = Assert.IsType<ResultList>(lastAuthor["books"]);
        Assert.Equal(pageSize, books.Count);
        var lastBook = Assert.IsType<ResultMap>(books[^1]);
        var reviews = Assert.IsType<ResultList>(lastBook["reviews"]);
        Assert.Equal(pageSize, reviews.Count);
        int bookId = pageSize * 1_000 + pageSize - 1;
        int reviewIndex = pageSize - 1;
        var lastReview = Assert.IsType<ResultMap>(reviews[^1]);
        Assert.Equal("Review " + (bookId * 100 + reviewIndex), lastReview["text"]);
        Assert.Equal("Person " + (bookId + reviewIndex) % 97, Assert.IsType<ResultMap>(lastReview["reviewer"])["name"]);
    }
}
