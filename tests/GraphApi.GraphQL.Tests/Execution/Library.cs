using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>The test schema of the executor tests: a small library of books and authors.</summary>
public static class Library
{
    public const string Sdl = """
        type Query {
          books: [Book!]!
          book(id: ID!): Book
          authors: [Author!]!
          node(id: ID!): Node
          search(text: String!): [SearchResult!]!
          favoriteGenre: Genre
        }

        type Mutation {
          addBook(title: String!, year: Int): Book!
        }

        type Subscription {
          bookAdded: Book!
        }

        interface Node {
          id: ID!
        }

        type Book implements Node {
          id: ID!
          title: String!
          year: Int
          genre: Genre
          tags: [String!]!
          author: Author!
        }

        type Author implements Node {
          id: ID!
          name: String!
          books: [Book!]!
        }

        union SearchResult = Book | Author

        enum Genre {
          SCIENCE_FICTION
          FANTASY
          HISTORY
        }
        """;

    public static readonly Lazy<Schema> Schema = new(() => SchemaBuilder.Build(Sdl));

    public enum Genre
    {
        ScienceFiction,
        Fantasy,
        History,
    }

    public sealed class Book
    {
        public required string Id { get; init; }

        public required string Title { get; init; }

        public int? Year { get; init; }

        public Genre? Genre { get; init; }

        public List<string> Tags { get; init; } = [];

        public required Author Author { get; init; }
    }

    public sealed class Author
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public List<Book> Books { get; } = [];
    }

    public sealed class Data
    {
        public Data()
        {
            var leGuin = new Author { Id = "a1", Name = "Ursula K. Le Guin" };
            var tolkien = new Author { Id = "a2", Name = "J. R. R. Tolkien" };
            Authors = [leGuin, tolkien];
            Add(new Book { Id = "b1", Title = "The Dispossessed", Year = 1974, Genre = Genre.ScienceFiction, Tags = ["utopia", "anarchism"], Author = leGuin });
            Add(new Book { Id = "b2", Title = "A Wizard of Earthsea", Year = 1968, Genre = Genre.Fantasy, Tags = ["magic"], Author = leGuin });
            Add(new Book { Id = "b3", Title = "The Hobbit", Year = 1937, Genre = Genre.Fantasy, Tags = [], Author = tolkien });
        }

        public List<Author> Authors { get; }

        public List<Book> Books { get; } = [];

        public void Add(Book book)
        {
            Books.Add(book);
            book.Author.Books.Add(book);
        }
    }

    /// <summary>The library bound with CLR types for Book and Author and explicit resolvers for the root fields.</summary>
    public static ExecutableSchemaBuilder Builder(Data data) =>
        new ExecutableSchemaBuilder(Schema.Value)
            .BindType<Book>("Book")
            .BindType<Author>("Author")
            .Resolve("Query", "books", _ => data.Books)
            .Resolve("Query", "book", context => data.Books.Find(b => b.Id == context.Argument<string>("id")))
            .Resolve("Query", "authors", _ => data.Authors)
            .Resolve("Query", "node", context =>
            {
                var id = context.Argument<string>("id");
                return (object?)data.Books.Find(b => b.Id == id) ?? data.Authors.Find(a => a.Id == id);
            })
            .Resolve("Query", "search", context =>
            {
                var text = context.Argument<string>("text");
                var results = new List<object>();
                results.AddRange(data.Books.Where(b => b.Title.Contains(text, StringComparison.OrdinalIgnoreCase)));
                results.AddRange(data.Authors.Where(a => a.Name.Contains(text, StringComparison.OrdinalIgnoreCase)));
                return results;
            })
            .Resolve("Query", "favoriteGenre", _ => Genre.Fantasy)
            .Resolve("Mutation", "addBook", context =>
            {
                var book = new Book
                {
                    Id = "b" + (data.Books.Count + 1),
                    Title = context.Argument<string>("title"),
                    Year = context.Argument<int?>("year"),
                    Author = data.Authors[0],
                };
                data.Add(book);
                return book;
            })
            .Subscribe("Subscription", "bookAdded", _ => new ValueTask<IAsyncEnumerable<object?>>(AsyncEnumerable.Empty<object?>()));

    public static RequestExecutor Executor(Data? data = null, ExecutionOptions? options = null) =>
        new(Builder(data ?? new Data()).Build(), options);

    public static async Task<string> RunAsync(this RequestExecutor executor, string query, string? variables = null, string? operationName = null)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variables is null ? null : JsonDocument.Parse(variables.Replace('\'', '"')).RootElement,
        };
        var result = await executor.ExecuteAsync(request, new RequestContext());
        return ResultJson.Write(result);
    }
}
