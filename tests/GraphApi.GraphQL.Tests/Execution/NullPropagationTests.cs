using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>
/// Spec §6.4.4 Handling Execution Errors: field errors null the nearest nullable position, one error per
/// position, with message, locations, path and code. Every expected response is graphql-js 17's for the
/// same schema and resolvers (tests/js), with our messages for resolver exceptions; each case runs with
/// synchronous and with asynchronous resolvers.
/// </summary>
public class NullPropagationTests
{
    private const string Sdl = """
        type Query {
          obj: Obj
          strictObj: Obj!
          items: [Item]
          nonNullItems: [Item!]
          strictItems: [Item!]!
          matrix: [[Int!]]
          throws: String
          notAList: [Int]
          a: String
          forbidden: String
        }
        type Obj { x: String! y: String z: String! nested: Obj }
        type Item { id: ID! required: String }
        """;

    private static readonly Schema TestSchema = SchemaBuilder.Build(Sdl);

    public static TheoryData<bool> Modes => new() { false, true };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task A_null_non_null_field_nulls_its_object_and_later_siblings_are_not_reported(bool async)
    {
        Assert.Equal(
            Json("""
                {'errors':[
                  {'message':'Unexpected error resolving field \u0022Obj.y\u0022.','locations':[{'line':1,'column':9}],'path':['obj','y'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}},
                  {'message':'Cannot return null for non-nullable field Obj.x.','locations':[{'line':1,'column':11}],'path':['obj','x'],'extensions':{'code':'NON_NULL_VIOLATION'}}],
                 'data':{'obj':null,'a':'a'}}
                """),
            await Run(async, "{ obj { y x z } a }"));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task An_error_in_a_nullable_field_of_a_non_null_object_only_nulls_the_field(bool async)
    {
        Assert.Equal(
            Json("""
                {'errors':[{'message':'Unexpected error resolving field \u0022Obj.y\u0022.','locations':[{'line':1,'column':17}],'path':['strictObj','y'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],
                 'data':{'a':'a','strictObj':{'y':null}}}
                """),
            await Run(async, "{ a strictObj { y } }"));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Propagation_through_non_null_positions_up_to_the_root_nulls_data(bool async)
    {
        Assert.Equal(
            Json("""
                {'errors':[{'message':'Cannot return null for non-nullable field Obj.x.','locations':[{'line':1,'column':15}],'path':['strictObj','x'],'extensions':{'code':'NON_NULL_VIOLATION'}}],
                 'data':null}
                """),
            await Run(async, "{ strictObj { x } a }"));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Propagation_stops_at_the_nearest_nullable_object(bool async)
    {
        var json = await Run(async, "{ obj { nested { x } y } }");

        Assert.Equal(Json("{'obj':{'nested':null,'y':null}}"), DataOf(json));
        Assert.Contains(Json("{'message':'Cannot return null for non-nullable field Obj.x.','locations':[{'line':1,'column':18}],'path':['obj','nested','x'],'extensions':{'code':'NON_NULL_VIOLATION'}}"), json);
        Assert.Contains("\"path\":[\"obj\",\"y\"]", json);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task A_null_item_nulls_a_list_of_non_null_items_but_not_a_list_of_nullable_ones(bool async)
    {
        Assert.Equal(
            Json("""
                {'errors':[{'message':'Cannot return null for non-nullable field Query.nonNullItems.','locations':[{'line':1,'column':16}],'path':['nonNullItems',1],'extensions':{'code':'NON_NULL_VIOLATION'}}],
                 'data':{'items':[{'id':'1'},null,{'id':'3'}],'nonNullItems':null}}
                """),
            await Run(async, "{ items { id } nonNullItems { id } }"));
        Assert.Equal(
            Json("""
                {'errors':[{'message':'Cannot return null for non-nullable field Query.strictItems.','locations':[{'line':1,'column':3}],'path':['strictItems',1],'extensions':{'code':'NON_NULL_VIOLATION'}}],
                 'data':null}
                """),
            await Run(async, "{ strictItems { id } a }"));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Nested_lists_null_the_innermost_nullable_list_and_stop_completing_it(bool async)
    {
        Assert.Equal(
            Json("""
                {'errors':[{'message':'Cannot return null for non-nullable field Query.matrix.','locations':[{'line':1,'column':3}],'path':['matrix',1,1],'extensions':{'code':'NON_NULL_VIOLATION'}}],
                 'data':{'matrix':[[1,2],null,null]}}
                """),
            await Run(async, "{ matrix }"));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Resolver_exceptions_and_non_list_values_are_field_errors(bool async)
    {
        Assert.Equal(
            Json("""
                {'errors':[
                  {'message':'Unexpected error resolving field \u0022Query.throws\u0022.','locations':[{'line':1,'column':3}],'path':['throws'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}},
                  {'message':'Expected a list for field \u0022Query.notAList\u0022, but the resolver returned a int.','locations':[{'line':1,'column':10}],'path':['notAList'],'extensions':{'code':'INVALID_RESULT'}}],
                 'data':{'throws':null,'notAList':null}}
                """),
            await Run(async, "{ throws notAList }"));
    }

    [Fact]
    public async Task Exception_messages_are_shown_when_the_options_expose_them_and_always_reported_to_the_observer()
    {
        var observed = new List<(string Exception, string Error)>();
        var options = new ExecutionOptions { ExposeExceptionMessages = true, OnException = (e, error) => observed.Add((e.Message, error.Message)) };

        var json = await Run(false, "{ throws }", options);

        Assert.Equal(
            Json("{'errors':[{'message':'bad','locations':[{'line':1,'column':3}],'path':['throws'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'throws':null}}"),
            json);
        Assert.Equal([("bad", "bad")], observed);
    }

    [Fact]
    public async Task A_field_error_exception_speaks_to_the_client_with_its_code()
    {
        var json = await Run(false, "{ forbidden }");

        Assert.Equal(
            Json("{'errors':[{'message':'No access to forbidden.','locations':[{'line':1,'column':3}],'path':['forbidden'],'extensions':{'code':'FORBIDDEN'}}],'data':{'forbidden':null}}"),
            json);
    }

    [Fact]
    public async Task Every_field_node_of_a_merged_field_is_a_location_of_its_error()
    {
        var json = await Run(false, "{ strictObj { x }\n ...F }\nfragment F on Query { strictObj { x } }");

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Obj.x.','locations':[{'line':1,'column':15},{'line':3,'column':35}],'path':['strictObj','x'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':null}"),
            json);
    }

    private static string DataOf(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("data").GetRawText();

    private static Task<string> Run(bool async, string query, ExecutionOptions? options = null) =>
        new RequestExecutor(Bind(async), options).RunAsync(query);

    private static ExecutableSchema Bind(bool async)
    {
        // An asynchronous resolver yields before producing its value, as one waiting on I/O would.
        FieldResolver Value(Func<object?> value) => async
            ? async _ =>
            {
                await Task.Yield();
                return value();
            }
            : _ => new ValueTask<object?>(value());

        // Resolvers run concurrently: z finishes well after x, so that which error wins is not left to chance.
        static FieldResolver Later(Func<object?> value) => async _ =>
        {
            await Task.Delay(50);
            return value();
        };

        return new ExecutableSchemaBuilder(TestSchema)
            .BindType<ObjValue>("Obj")
            .BindType<ItemValue>("Item")
            .Resolve("Obj", "x", Value(() => null))
            .Resolve("Obj", "y", _ => throw new InvalidOperationException("boom"))
            .Resolve("Obj", "z", async ? Later(() => null) : Value(() => null))
            .Resolve("Obj", "nested", _ => new ObjValue())
            .Resolve("Query", "obj", _ => new ObjValue())
            .Resolve("Query", "strictObj", _ => new ObjValue())
            .Resolve("Query", "items", Value(Items))
            .Resolve("Query", "nonNullItems", Value(Items))
            .Resolve("Query", "strictItems", Value(Items))
            .Resolve("Query", "matrix", Value(() => new int?[]?[] { [1, 2], [3, null], null }))
            .Resolve("Query", "throws", _ => throw new InvalidOperationException("bad"))
            .Resolve("Query", "notAList", Value(() => 5))
            .Resolve("Query", "a", Value(() => "a"))
            .Resolve("Query", "forbidden", _ => throw new FieldErrorException("No access to forbidden.", "FORBIDDEN"))
            .Build();

        static object Items() => new ItemValue?[] { new("1", "r1"), null, new("3", "r3") };
    }

    private sealed class ObjValue;

    private sealed record ItemValue(string Id, string Required);
}
