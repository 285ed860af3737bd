using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Spec §6.2.1 ExecuteQuery and §6.3 selection sets: field order, aliases, fragments, @skip/@include, leaves.</summary>
public class QueryExecutionTests
{
    [Fact]
    public async Task Resolves_explicit_root_resolvers_and_properties_in_selection_order()
    {
        var json = await Library.Executor().RunAsync("{ books { title id year genre tags author { name } } }");

        Assert.Equal(
            Json("""
                {'data':{'books':[
                  {'title':'The Dispossessed','id':'b1','year':1974,'genre':'SCIENCE_FICTION','tags':['utopia','anarchism'],'author':{'name':'Ursula K. Le Guin'}},
                  {'title':'A Wizard of Earthsea','id':'b2','year':1968,'genre':'FANTASY','tags':['magic'],'author':{'name':'Ursula K. Le Guin'}},
                  {'title':'The Hobbit','id':'b3','year':1937,'genre':'FANTASY','tags':[],'author':{'name':'J. R. R. Tolkien'}}]}}
                """),
            json);
    }

    [Fact]
    public async Task Aliases_name_the_response_keys_and_the_same_field_can_be_selected_twice_with_different_arguments()
    {
        var json = await Library.Executor().RunAsync("""{ first: book(id: "b1") { name: title } third: book(id: "b3") { title } none: book(id: "x") { title } }""");

        Assert.Equal(Json("{'data':{'first':{'name':'The Dispossessed'},'third':{'title':'The Hobbit'},'none':null}}"), json);
    }

    [Fact]
    public async Task Fields_with_the_same_response_key_merge_their_sub_selections_in_first_appearance_order()
    {
        var json = await Library.Executor().RunAsync("""
            { book(id: "b1") { title ...Details author { name } } }
            fragment Details on Book { year author { id } title }
            """);

        Assert.Equal(Json("{'data':{'book':{'title':'The Dispossessed','year':1974,'author':{'id':'a1','name':'Ursula K. Le Guin'}}}}"), json);
    }

    [Fact]
    public async Task Inline_fragments_apply_by_type_condition_and_typename_names_the_runtime_type()
    {
        var json = await Library.Executor().RunAsync("""
            { node(id: "a2") { __typename id ... on Book { title } ... on Author { name } ... { kind: __typename } } }
            """);

        Assert.Equal(Json("{'data':{'node':{'__typename':'Author','id':'a2','name':'J. R. R. Tolkien','kind':'Author'}}}"), json);
    }

    [Fact]
    public async Task Skip_and_include_with_literals_and_variables_on_fields_spreads_and_inline_fragments()
    {
        const string query = """
            query ($yes: Boolean!, $no: Boolean!) {
              book(id: "b1") {
                a: title @include(if: $yes)
                b: title @include(if: $no)
                c: title @skip(if: $yes)
                d: title @skip(if: $no)
                e: title @skip(if: false) @include(if: true)
                f: title @skip(if: true) @include(if: true)
                ...F @include(if: $no)
                ... on Book @skip(if: $no) { g: id }
              }
            }
            fragment F on Book { h: year }
            """;

        var yes = await Library.Executor().RunAsync(query, "{'yes':true,'no':false}");
        var swapped = await Library.Executor().RunAsync(query, "{'yes':false,'no':true}");

        Assert.Equal(Json("{'data':{'book':{'a':'The Dispossessed','d':'The Dispossessed','e':'The Dispossessed','g':'b1'}}}"), yes);
        Assert.Equal(Json("{'data':{'book':{'b':'The Dispossessed','c':'The Dispossessed','e':'The Dispossessed','h':1974}}}"), swapped);
    }

    [Fact]
    public async Task A_field_excluded_under_one_selection_but_included_under_another_is_executed()
    {
        var json = await Library.Executor().RunAsync(
            """query ($no: Boolean!) { book(id: "b2") { title @include(if: $no) ... on Book { title } } }""",
            "{'no':false}");

        Assert.Equal(Json("{'data':{'book':{'title':'A Wizard of Earthsea'}}}"), json);
    }

    [Fact]
    public async Task A_condition_variable_with_a_default_uses_it_when_absent_and_an_explicit_null_is_not_true()
    {
        // Spec §6.3.2 CollectFields tests for the value true only (graphql-js instead reports the null as an error).
        const string query = """query ($maybe: Boolean = true) { book(id: "b3") { id title @include(if: $maybe) year @skip(if: $maybe) } }""";

        Assert.Equal(Json("{'data':{'book':{'id':'b3','title':'The Hobbit'}}}"), await Library.Executor().RunAsync(query));
        Assert.Equal(Json("{'data':{'book':{'id':'b3','year':1937}}}"), await Library.Executor().RunAsync(query, "{'maybe':null}"));
    }

    [Fact]
    public async Task Enum_results_serialize_clr_enum_members_by_matching_name()
    {
        var json = await Library.Executor().RunAsync("{ favoriteGenre book(id: \"b1\") { genre } }");

        Assert.Equal(Json("{'data':{'favoriteGenre':'FANTASY','book':{'genre':'SCIENCE_FICTION'}}}"), json);
    }

    [Fact]
    public async Task The_operation_is_chosen_by_name()
    {
        const string document = """
            query Titles { books { title } }
            query Names { authors { name } }
            """;
        var executor = Library.Executor();

        Assert.Equal(
            Json("{'data':{'authors':[{'name':'Ursula K. Le Guin'},{'name':'J. R. R. Tolkien'}]}}"),
            await executor.RunAsync(document, operationName: "Names"));
        Assert.Equal(
            Json("{'errors':[{'message':'Must provide operation name if query contains multiple operations.','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}"),
            await executor.RunAsync(document));
        Assert.Equal(
            Json("{'errors':[{'message':'Unknown operation named \\u0022Other\\u0022.','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}"),
            await executor.RunAsync(document, operationName: "Other"));
    }
}
