using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Caching;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Documents are parsed and validated once while cached (spec §6.1.1 allows it); operation plans are compiled once.</summary>
public class CachingTests
{
    private const string Query = "query Titles($id: ID!) { book(id: $id) { title author { name } } }";

    [Fact]
    public async Task A_repeated_request_is_neither_parsed_nor_validated_nor_planned_again()
    {
        var executor = Library.Executor();

        var first = await executor.RunAsync(Query, "{'id':'b1'}");
        var compiled = executor.Prepare(new GraphQLRequest { Query = Query }).Plan!.CompiledSelectionSets;
        var second = await executor.RunAsync(Query, "{'id':'b2'}");

        Assert.Equal(Json("{'data':{'book':{'title':'The Dispossessed','author':{'name':'Ursula K. Le Guin'}}}}"), first);
        Assert.Equal(Json("{'data':{'book':{'title':'A Wizard of Earthsea','author':{'name':'Ursula K. Le Guin'}}}}"), second);
        Assert.Equal(1, executor.Documents.ParseCount);
        Assert.Equal(1, executor.Documents.ValidationCount);
        Assert.Equal(1, executor.Plans.PlanCount);
        Assert.Equal(compiled, executor.Prepare(new GraphQLRequest { Query = Query }).Plan!.CompiledSelectionSets);
        Assert.Equal(3, compiled); // the selection sets of the root, book and author
    }

    [Fact]
    public async Task Documents_that_fail_to_parse_or_validate_are_cached_with_their_errors()
    {
        var executor = Library.Executor();

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(RequestFailure.Parse, executor.Prepare(new GraphQLRequest { Query = "{ books {" }).Failure);
            Assert.Equal(RequestFailure.Validation, executor.Prepare(new GraphQLRequest { Query = "{ books { nope } }" }).Failure);
        }

        Assert.Equal(2, executor.Documents.ParseCount);
        Assert.Equal(1, executor.Documents.ValidationCount);
        Assert.Equal(
            Json("""{'errors':[{'message':'Cannot query field \u0022nope\u0022 on type \u0022Book\u0022.','locations':[{'line':1,'column':11}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}"""),
            await executor.RunAsync("{ books { nope } }"));
    }

    [Fact]
    public async Task The_document_cache_is_bounded_and_evicts_the_least_recently_used_document()
    {
        var executor = Library.Executor(options: new ExecutionOptions { DocumentCacheSize = 2 });

        await executor.RunAsync("{ a: books { id } }");
        await executor.RunAsync("{ b: books { id } }");
        await executor.RunAsync("{ a: books { id } }"); // a is now more recent than b
        await executor.RunAsync("{ c: books { id } }"); // evicts b
        Assert.Equal(3, executor.Documents.ParseCount);

        await executor.RunAsync("{ a: books { id } }");
        Assert.Equal(3, executor.Documents.ParseCount);
        await executor.RunAsync("{ b: books { id } }");
        Assert.Equal(4, executor.Documents.ParseCount);
        Assert.Equal(2, executor.Documents.Count);
    }

    [Fact]
    public async Task Plans_are_per_operation_and_per_combination_of_skip_and_include_variables()
    {
        var executor = Library.Executor();
        const string document = """
            query A($t: Boolean!) { books { id title @include(if: $t) } }
            query B { authors { name } }
            """;

        await executor.RunAsync(document, "{'t':true}", "A");
        await executor.RunAsync(document, "{'t':false}", "A");
        var plan = executor.Prepare(new GraphQLRequest { Query = document, OperationName = "A" }).Plan!;
        var compiled = plan.CompiledSelectionSets;
        await executor.RunAsync(document, "{'t':true}", "A");
        await executor.RunAsync(document, "{'t':false}", "A");
        await executor.RunAsync(document, operationName: "B");

        Assert.Equal(4, compiled); // root and books, once for each value of $t
        Assert.Equal(compiled, plan.CompiledSelectionSets);
        Assert.Equal(2, executor.Plans.PlanCount);
        Assert.Equal(1, executor.Documents.ParseCount);
    }

    [Fact]
    public void Document_hashes_are_the_sha256_of_the_utf8_text()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DocumentHash.Compute("").ToString());
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("{ é }"u8)),
            DocumentHash.Compute("{ é }").ToString());
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(new string('x', 5000)))),
            DocumentHash.Compute(new string('x', 5000)).ToString());
    }
}
