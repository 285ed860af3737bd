using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.3 ResolveAbstractType: interfaces and unions resolve to an object type by bound CLR type or by ResolveType.</summary>
public class AbstractTypeTests
{
    private const string Sdl = """
        type Query { pets: [Pet] named: [Named!]! }
        interface Named { name: String! }
        type Dog implements Named { name: String! barks: Boolean! }
        type Cat implements Named { name: String! lives: Int! }
        type Robot { model: String! }
        union Pet = Dog | Cat
        """;

    private static readonly Schema TestSchema = SchemaBuilder.Build(Sdl);

    [Fact]
    public async Task Union_and_interface_values_resolve_by_their_bound_clr_type_including_subclasses()
    {
        var json = await Executor(new object?[] { new Dog("Rex", true), new Cat("Tom", 9), new Puppy("Bit"), null })
            .RunAsync("{ pets { __typename ... on Dog { name barks } ... on Cat { lives } } named { name __typename } }");

        Assert.Equal(
            Json("""
                {'data':{
                  'pets':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Cat','lives':9},{'__typename':'Dog','name':'Bit','barks':false},null],
                  'named':[{'name':'Rex','__typename':'Dog'},{'name':'Tom','__typename':'Cat'},{'name':'Bit','__typename':'Dog'}]}}
                """),
            json);
    }

    [Fact]
    public async Task ResolveType_chooses_the_type_of_values_whose_clr_type_is_not_bound()
    {
        var schema = new ExecutableSchemaBuilder(TestSchema)
            .BindType<Dog>("Dog")
            .BindType<Cat>("Cat")
            .ResolveType("Pet", (value, executable) => value is string ? executable.Schema.GetType("Cat") as ObjectType : null)
            .Resolve("Query", "pets", _ => new object[] { "Felix", new Dog("Rex", true) })
            .Resolve("Query", "named", _ => Array.Empty<object>())
            .Resolve("Cat", "name", context => context.Parent)
            .Resolve("Cat", "lives", _ => 7)
            .Build();

        var json = await new RequestExecutor(schema).RunAsync("{ pets { __typename ... on Cat { name lives } ... on Dog { name } } }");

        Assert.Equal(Json("{'data':{'pets':[{'__typename':'Cat','name':'Felix','lives':7},{'__typename':'Dog','name':'Rex'}]}}"), json);
    }

    [Fact]
    public async Task A_value_of_no_known_type_is_a_field_error_naming_the_abstract_type_and_the_clr_type()
    {
        var json = await Executor(new object?[] { new Dog("Rex", true), new Robot("R2") }).RunAsync("{ pets { __typename } }");

        Assert.Equal(
            Json("""
                {'errors':[{'message':'Abstract type \u0022Pet\u0022 must resolve to an Object type at runtime for field \u0022Query.pets\u0022: no possible type is bound to the CLR type Robot, and no ResolveType chose one.',
                  'locations':[{'line':1,'column':3}],'path':['pets',1],'extensions':{'code':'INVALID_RESULT'}}],
                 'data':{'pets':[{'__typename':'Dog'},null]}}
                """),
            json);
    }

    [Fact]
    public async Task A_resolved_type_that_is_not_a_possible_type_is_a_field_error()
    {
        var schema = new ExecutableSchemaBuilder(TestSchema)
            .BindType<Dog>("Dog")
            .BindType<Cat>("Cat")
            .BindType<Robot>("Robot")
            .ResolveType("Pet", (_, executable) => executable.Schema.GetType("Robot") as ObjectType)
            .Resolve("Query", "pets", _ => new object[] { new Robot("R2") })
            .Resolve("Query", "named", _ => Array.Empty<object>())
            .Build();

        var json = await new RequestExecutor(schema).RunAsync("{ pets { __typename } }");

        Assert.Equal(
            Json("""
                {'errors':[{'message':'Runtime Object type \u0022Robot\u0022 is not a possible type for \u0022Pet\u0022.','locations':[{'line':1,'column':3}],'path':['pets',0],'extensions':{'code':'INVALID_RESULT'}}],
                 'data':{'pets':[null]}}
                """),
            json);
    }

    [Fact]
    public async Task A_resolver_registered_on_an_interface_field_serves_implementations_without_their_own()
    {
        var schema = new ExecutableSchemaBuilder(TestSchema)
            .BindType<Dog>("Dog")
            .BindType<Cat>("Cat")
            .Resolve("Named", "name", context => "named " + context.ParentType.Name)
            .Resolve<Cat>("Cat", "name", (cat, _) => "cat " + cat.Name)
            .Resolve("Query", "pets", _ => Array.Empty<object>())
            .Resolve("Query", "named", _ => new object[] { new Dog("Rex", true), new Cat("Tom", 9) })
            .Build();

        var json = await new RequestExecutor(schema).RunAsync("{ named { name } }");

        Assert.Equal(Json("{'data':{'named':[{'name':'named Dog'},{'name':'cat Tom'}]}}"), json);
    }

    [Fact]
    public void The_object_type_of_a_clr_type_is_found_through_base_classes_and_within_an_abstract_type()
    {
        var schema = Executor([]).Schema;

        Assert.Equal("Dog", schema.FindObjectType(typeof(Puppy))?.Name);
        Assert.Equal("Cat", schema.FindObjectType(typeof(Cat), schema.Schema.GetType("Pet"))?.Name);
        Assert.Null(schema.FindObjectType(typeof(Robot)));
    }

    private static RequestExecutor Executor(object?[] pets) =>
        new(new ExecutableSchemaBuilder(TestSchema)
            .BindType<Dog>("Dog")
            .BindType<Cat>("Cat")
            .Resolve("Query", "pets", _ => pets)
            .Resolve("Query", "named", _ => pets.OfType<object>().Where(p => p is Dog or Cat))
            .Build());

    private record Dog(string Name, bool Barks);

    private sealed record Puppy(string Name) : Dog(Name, false);

    private sealed record Cat(string Name, int Lives);

    private sealed record Robot(string Model);
}
