using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Execution.Authorization;

/// <summary>
/// The authorization tests' schema: a protected type (Secret) reachable by every path — field, list,
/// node/nodes, union, connection, mutation payload, subscription event — plus protected fields, a protected
/// interface, and ownership policies. Every secret value contains <see cref="Marker"/>, so a test can tell
/// that none reached a response; explicit resolvers count their calls.
/// </summary>
public sealed class Vault
{
    public const string Marker = "TOPSECRET";

    public const string Sdl = """
        directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION

        type Query {
          secret(id: ID!): Secret
          requiredSecret: Secret!
          secrets: [Secret]
          node(id: ID!): Node
          nodes(ids: [ID!]!): [Node]!
          search: [SearchResult]!
          secretConnection: SecretConnection
          document(id: ID!): Document
          agent: Agent
          classified: [Classified!]
          me: String @authorize
          orders: [Order!]!
          ordersOf(email: String!): [Order!]! @authorize(policy: "selfOrAdmin")
          invoices: [Invoice]!
        }

        type Mutation {
          revealSecret(id: ID!): Secret
          deleteSecret(id: ID!): Boolean @authorize(roles: ["admin"])
        }

        type Subscription {
          secretChanged: Secret
          secretFeed: Secret @authorize(roles: ["admin"])
          invoiceIssued: Invoice
        }

        interface Node { id: ID! }

        interface Classified @authorize(roles: ["agent"]) {
          codename: String!
          handler: String @authorize(roles: ["handler"])
        }

        type Secret implements Node @authorize(roles: ["admin"]) {
          id: ID!
          code: String!
        }

        type Document implements Node {
          id: ID!
          title: String!
          body: String @authorize(roles: ["editor", "admin"])
          audit: String @authorize(roles: ["admin"]) @authorize(roles: ["auditor"])
        }

        type Agent implements Node & Classified {
          id: ID!
          codename: String!
          handler: String
        }

        union SearchResult = Secret | Document

        type SecretConnection {
          totalCount: Int!
          edges: [SecretEdge!]!
          nodes: [Secret!]!
        }

        type SecretEdge {
          cursor: String!
          node: Secret!
        }

        type Order implements Node {
          id: ID!
          total: Int!
          customerEmail: String @authorize(policy: "ownerOrAdmin")
        }

        type Invoice implements Node @authorize(policy: "invoiceOwner") {
          id: ID!
          amount: Int!
        }
        """;

    public const string AliceEmail = "alice@example.com";

    public const string BobEmail = "bob@example.com";

    private static readonly Lazy<Schema> ParsedSchema = new(() => SchemaBuilder.Build(Sdl));

    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public Vault()
    {
        Executor = new RequestExecutor(Builder().Build());
    }

    public static Schema Schema => ParsedSchema.Value;

    public static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    public static ClaimsPrincipal Alice => User(AliceEmail);

    public static ClaimsPrincipal Bob => User(BobEmail);

    public static ClaimsPrincipal Admin => User("root@example.com", "admin");

    public List<Secret> Secrets { get; } = [new("s1", Marker + "-one"), new("s2", Marker + "-two")];

    public Document Memo { get; } = new("d1", "Memo", "memo body", "memo audit");

    public Agent Bond { get; } = new("a7", "007", "M");

    public List<Order> Orders { get; } = [new("o1", AliceEmail, 10), new("o2", BobEmail, 20)];

    public List<Invoice> Invoices { get; } = [new("i1", AliceEmail, 100), new("i2", BobEmail, 200)];

    public Channel<Secret> SecretChanges { get; } = Channel.CreateUnbounded<Secret>();

    public Channel<Invoice> InvoiceEvents { get; } = Channel.CreateUnbounded<Invoice>();

    public RequestExecutor Executor { get; }

    /// <summary>The policies' calls, in order: policy name and the context it got.</summary>
    public ConcurrentQueue<(string Policy, GraphApi.GraphQL.Execution.Authorization.AuthorizationContext Context)> PolicyCalls { get; } = new();

    public static ClaimsPrincipal User(string email, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Email, email), .. roles.Select(role => new Claim(ClaimTypes.Role, role))], "test"));

    /// <summary>How many times the explicit resolver (or source stream) of <paramref name="coordinate"/> ran.</summary>
    public int Calls(string coordinate) => _calls.GetValueOrDefault(coordinate);

    public async Task<ExecutionResult> Run(ClaimsPrincipal user, string query, string? variables = null)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonDocument.Parse(variables.Replace('\'', '"')).RootElement,
        };
        return await Executor.ExecuteAsync(request, new RequestContext { User = user });
    }

    /// <summary>The result's data as JSON (<c>{"data":...}</c>), without its errors.</summary>
    public static string Data(ExecutionResult result) => ResultJson.Write(new ExecutionResult { Data = result.Data, HasData = result.HasData });

    /// <summary>The result's errors as "CODE at path.to.0.field", in the order reported.</summary>
    public static string[] Errors(ExecutionResult result) =>
        result.Errors?.Select(e => $"{e.Code} at {string.Join('.', e.Path ?? [])}").ToArray() ?? [];

    public async Task<SubscriptionResult> Subscribe(ClaimsPrincipal user, string query)
    {
        var request = new GraphQLRequest { Query = query };
        return await Executor.SubscribeAsync(Executor.Prepare(request), request, new RequestContext { User = user });
    }

    public ExecutableSchemaBuilder Builder()
    {
        var builder = new ExecutableSchemaBuilder(Schema)
            .BindType<Secret>("Secret")
            .BindType<Document>("Document")
            .BindType<Agent>("Agent")
            .BindType<Order>("Order")
            .BindType<Invoice>("Invoice")
            .BindType<Connection>("SecretConnection")
            .BindType<Edge>("SecretEdge")
            .AddAuthorizationPolicy("ownerOrAdmin", context =>
            {
                PolicyCalls.Enqueue(("ownerOrAdmin", context));
                return context.User.IsInRole("admin") || context.ValueAs<IOwned>().OwnerEmail == EmailOf(context.User);
            })
            .AddAuthorizationPolicy("selfOrAdmin", context =>
            {
                PolicyCalls.Enqueue(("selfOrAdmin", context));
                return context.User.IsInRole("admin") || context.Argument<string>("email") == EmailOf(context.User);
            })
            .AddAuthorizationPolicy("invoiceOwner", async context =>
            {
                PolicyCalls.Enqueue(("invoiceOwner", context));
                await Task.Yield(); // an asynchronous policy, as one reading a database would be
                return context.User.IsInRole("admin") || context.ValueAs<IOwned>().OwnerEmail == EmailOf(context.User);
            });
        Counted(builder, "Query", "secret", context => Secrets.Find(s => s.Id == context.Argument<string>("id")));
        Counted(builder, "Query", "requiredSecret", _ => Secrets[0]);
        Counted(builder, "Query", "secrets", _ => Secrets);
        Counted(builder, "Query", "node", context => Find(context.Argument<string>("id")));
        Counted(builder, "Query", "nodes", context => context.Argument<string[]>("ids").Select(Find).ToList());
        Counted(builder, "Query", "search", _ => new List<object> { Secrets[0], Memo, Secrets[1] });
        Counted(builder, "Query", "secretConnection", _ => new Connection(Secrets));
        Counted(builder, "Query", "document", context => context.Argument<string>("id") == Memo.Id ? Memo : null);
        Counted(builder, "Query", "agent", _ => Bond);
        Counted(builder, "Query", "classified", _ => new[] { Bond });
        Counted(builder, "Query", "me", context => EmailOf(context.User));
        Counted(builder, "Query", "orders", _ => Orders);
        Counted(builder, "Query", "ordersOf", context => Orders.FindAll(o => o.CustomerEmail == context.Argument<string>("email")));
        Counted(builder, "Query", "invoices", _ => Invoices);
        Counted(builder, "Mutation", "revealSecret", context => Secrets.Find(s => s.Id == context.Argument<string>("id")));
        Counted(builder, "Mutation", "deleteSecret", context => Secrets.RemoveAll(s => s.Id == context.Argument<string>("id")) > 0);
        Counted(builder, "Secret", "code", context => context.ParentAs<Secret>().Code);
        Counted(builder, "Document", "body", context => context.ParentAs<Document>().Body);
        Counted(builder, "Document", "audit", context => context.ParentAs<Document>().Audit);
        Counted(builder, "Agent", "handler", context => context.ParentAs<Agent>().Handler);
        Counted(builder, "Order", "customerEmail", context => context.ParentAs<Order>().CustomerEmail);
        Streamed(builder, "secretChanged", SecretChanges);
        Streamed(builder, "secretFeed", SecretChanges);
        Streamed(builder, "invoiceIssued", InvoiceEvents);
        return builder;
    }

    private static string? EmailOf(ClaimsPrincipal user) => user.FindFirst(ClaimTypes.Email)?.Value;

    private object? Find(string id) =>
        (object?)Secrets.Find(s => s.Id == id) ?? (id == Memo.Id ? Memo : null) ?? (object?)Invoices.Find(i => i.Id == id);

    private void Counted(ExecutableSchemaBuilder builder, string type, string field, Func<IResolverContext, object?> resolver) =>
        builder.Resolve(type, field, context =>
        {
            _calls.AddOrUpdate(type + "." + field, 1, static (_, n) => n + 1);
            return resolver(context);
        });

    private void Streamed<T>(ExecutableSchemaBuilder builder, string field, Channel<T> channel) =>
        builder.Subscribe<T>("Subscription", field, context =>
        {
            _calls.AddOrUpdate("Subscription." + field, 1, static (_, n) => n + 1);
            return channel.Reader.ReadAllAsync(context.CancellationToken);
        });

    public interface IOwned
    {
        string OwnerEmail { get; }
    }

    public sealed record Secret(string Id, string Code);

    public sealed record Document(string Id, string Title, string Body, string Audit);

    public sealed record Agent(string Id, string Codename, string Handler);

    public sealed record Order(string Id, string CustomerEmail, int Total) : IOwned
    {
        public string OwnerEmail => CustomerEmail;
    }

    public sealed record Invoice(string Id, string OwnerEmail, int Amount) : IOwned;

    public sealed record Edge(string Cursor, Secret Node);

    public sealed class Connection(List<Secret> secrets)
    {
        public int TotalCount => secrets.Count;

        public List<Edge> Edges => secrets.ConvertAll(s => new Edge("cursor-" + s.Id, s));

        public List<Secret> Nodes => secrets;
    }
}
