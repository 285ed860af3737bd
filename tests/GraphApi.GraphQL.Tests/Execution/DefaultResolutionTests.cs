using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Plan;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Default resolution: a field of a bound object type reads the same-named CLR property through a delegate compiled once.</summary>
public class DefaultResolutionTests
{
    private const string Sdl = """
        type Query { person: Person people: [Person] }
        type Person { name: String! url: String URL: String age: Int nickname: String }
        """;

    private static readonly Schema TestSchema = SchemaBuilder.Build(Sdl);

    [Fact]
    public async Task Fields_read_same_named_properties_with_the_first_letter_in_either_case_an_exact_match_first()
    {
        var json = await Executor<Person>(new Employee { Name = "Ada", Age = 36 }).RunAsync("{ person { name url URL age nickname } }");

        Assert.Equal(Json("{'data':{'person':{'name':'Ada','url':'lower','URL':'UPPER','age':36,'nickname':null}}}"), json);
    }

    [Fact]
    public async Task A_clr_interface_can_be_bound_and_its_properties_read()
    {
        var json = await Executor<INamed>(new Robot()).RunAsync("{ person { name url URL age nickname } }");

        Assert.Equal(Json("{'data':{'person':{'name':'R2','url':'r','URL':'R','age':null,'nickname':'bolts'}}}"), json);
    }

    [Fact]
    public async Task A_parent_of_another_clr_type_is_a_field_error_naming_the_field_and_both_types()
    {
        var schema = new ExecutableSchemaBuilder(TestSchema)
            .BindType<Person>("Person")
            .Resolve("Query", "person", _ => "not a person")
            .Resolve("Query", "people", _ => null)
            .Build();

        var json = await new RequestExecutor(schema, new ExecutionOptions { ExposeExceptionMessages = true }).RunAsync("{ person { age } }");

        Assert.Equal(
            Json("""
                {'errors':[{'message':'Field \u0022Person.age\u0022 reads a property of Person, but its parent value is a string.','locations':[{'line':1,'column':12}],'path':['person','age'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],
                 'data':{'person':{'age':null}}}
                """),
            json);
    }

    [Fact]
    public async Task The_compiled_read_is_made_once_at_build_and_shared_by_every_request()
    {
        var schema = Executor<Person>(new Person { Name = "Ada" }).Schema;
        var name = ((ObjectType)schema.Schema.GetType("Person")!).Fields["name"]!;
        var getter = schema.GetBinding(name)!.Getter!;
        var executor = new RequestExecutor(schema);

        await executor.RunAsync("{ person { name } }");
        var plan = executor.Prepare(new GraphQLRequest { Query = "{ person { name } }" }).Plan!;
        var personField = plan.GetVariant(new Dictionary<string, object?>()).Root.Fields[0];

        Assert.Same(getter, personField.GetSubPlan((ObjectType)schema.Schema.GetType("Person")!).Fields[0].Getter);
        Assert.Equal("Ada", getter(new Person { Name = "Ada" }, FieldPlan.NoArguments));
    }

    [Fact]
    public async Task Tasks_and_value_tasks_in_place_of_values_are_awaited_wherever_they_appear()
    {
        var schema = SchemaBuilder.Build("""
            type Query { fromTask: String fromValueTask: Int lazy: Lazy failing: String done: String strict: String! }
            type Lazy { friend: Lazy names: [String] count: Int }
            """);
        var executable = new ExecutableSchemaBuilder(schema)
            .BindType<LazyNode>("Lazy")
            .Resolve("Query", "fromTask", _ => Task.FromResult("from a task"))
            .Resolve("Query", "fromValueTask", _ => new ValueTask<int>(42))
            .Resolve("Query", "lazy", _ => new LazyNode(2))
            .Resolve("Query", "failing", _ => Task.FromException<string>(new FieldErrorException("Nope.", "NOPE")))
            .Resolve("Query", "done", _ => Task.Delay(1))
            .Resolve("Query", "strict", _ => Task.FromResult<string?>(null))
            .Build();

        var json = await new RequestExecutor(executable).RunAsync("{ fromTask fromValueTask lazy { count names friend { count friend { count friend { count } } } } failing done }");
        var strict = await new RequestExecutor(executable).RunAsync("{ strict }");

        Assert.Equal(
            Json("""
                {'errors':[{'message':'Nope.','locations':[{'line':1,'column':98}],'path':['failing'],'extensions':{'code':'NOPE'}}],
                 'data':{'fromTask':'from a task','fromValueTask':42,'lazy':{'count':2,'names':['a','b'],'friend':{'count':1,'friend':{'count':0,'friend':null}}},'failing':null,'done':null}}
                """),
            json);
        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Query.strict.','locations':[{'line':1,'column':3}],'path':['strict'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':null}"),
            strict);
    }

    private static RequestExecutor Executor<T>(object person) =>
        new(new ExecutableSchemaBuilder(TestSchema)
            .BindType<T>("Person")
            .Resolve("Query", "person", _ => person)
            .Resolve("Query", "people", _ => new[] { person })
            .Build());

    public interface INamed
    {
        string Name { get; }

        string? url { get; }

        string? URL { get; }

        int? Age { get; }

        string? Nickname { get; }
    }

    public class Person
    {
        public string Name { get; init; } = "";

        public int? Age { get; init; }

        public string? Nickname { get; init; }

        // Lower-case on purpose: an exact match wins over the capitalized Url.
        public string url => "lower";

        public string Url => "capitalized";

        public string URL => "UPPER";
    }

    public sealed class Employee : Person;

    /// <summary>Properties whose values come later, as lazy-loading ones do.</summary>
    public sealed class LazyNode(int count)
    {
        public Task<LazyNode?> Friend => Task.Run(() => count == 0 ? null : new LazyNode(count - 1));

        public ValueTask<string[]> Names => new(["a", "b"]);

        public Task<int> Count => Task.FromResult(count);
    }

    public sealed class Robot : INamed
    {
        public string Name => "R2";

        public string? url => "r";

        public string? URL => "R";

        public int? Age => null;

        public string? Nickname => "bolts";
    }
}
