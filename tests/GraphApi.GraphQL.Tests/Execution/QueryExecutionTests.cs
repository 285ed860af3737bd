using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Spec §6.2.1 ExecuteQuery, §6.3 selection sets: field order, aliases, fragments, @skip/@include, leaves.</summary>
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
}
