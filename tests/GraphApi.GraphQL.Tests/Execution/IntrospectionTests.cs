using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Tests.Infrastructure;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>
/// Spec §4 Introspection: the meta-fields and every field of the introspection types, and the round trip
/// through graphql-js (buildClientSchema of our introspection result, printed with printSchema, must equal
/// our SchemaPrinter output).
/// </summary>
public class IntrospectionTests
{
    /// <summary>A schema using every feature introspection describes.</summary>
    private const string FeaturesSdl = """"
        """
        A schema using every feature introspection can describe.
        Second line of the description.
        """
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "A repeatable directive with a described and a deprecated argument."
        directive @tag(
          "The tag's name."
          name: String!
          "Replaced by name."
          label: String @deprecated(reason: "Use `name`.")
        ) repeatable on OBJECT | FIELD_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION | SCALAR | SCHEMA

        """
        An executable directive.
        """
        directive @trace(level: Int = 1, tags: [String!] = ["a", "b"]) on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION

        "A point in time, as RFC 3339 text."
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        scalar Json

        "Something with an id."
        interface Node {
          "The global id."
          id: ID!
        }

        "A node with an address."
        interface Resource implements Node {
          id: ID!
          "Where it lives."
          url(absolute: Boolean = true): String
        }

        "Colours, some of them retired."
        enum Color {
          "The colour of fire."
          RED
          GREEN @deprecated
          BLUE @deprecated(reason: "Too blue.")
        }

        "A point on the plane."
        input Point {
          "Horizontal."
          x: Float! = 0
          y: Float = 1.5
          label: String @deprecated(reason: "Labels are gone.")
        }

        "Find by exactly one criterion."
        input Filter @oneOf {
          id: ID
          name: String
          near: Point
        }

        "Default values of every kind."
        input Defaults {
          int: Int = -3
          float: Float = 1e3
          string: String = "a \"quoted\"\nline"
          block: String = """
          block text
          """
          boolean: Boolean = false
          nothing: String = null
          enum: Color = RED
          list: [Int] = [1, 2]
          single: [Int] = 3
          object: Point = {x: 1, y: 2}
          nested: [Point!] = [{x: 1}, {x: 2, y: null}]
          custom: Json = {a: [1, "b", {c: true}]}
          time: DateTime = "2020-01-01T00:00:00Z"
        }

        "The root of queries."
        type Query {
          "A node by id."
          node("Its id." id: ID!): Node
          search(filter: Filter!, limit: Int = 10, after: String @deprecated(reason: "Use cursors.")): [Result!]!
          defaults(input: Defaults = {int: 1, list: []}): String
          matrix: [[Int!]]!
          old: String @deprecated
          veryOld: Int @deprecated(reason: "Long gone.")
        }

        "A search hit."
        union Result = Page | Image

        "A page."
        type Page implements Resource & Node {
          id: ID!
          url(absolute: Boolean = true): String
          title(color: Color = GREEN): String
        }

        type Image implements Resource & Node {
          id: ID!
          url(absolute: Boolean = true): String
          width: Int
          taken: DateTime
          meta: Json
        }

        type Mutation {
          "Adds a page."
          addPage(at: Point!, tags: [String!]! = []): Page
        }

        type Subscription {
          changed(filter: Filter): Node
        }
        """";

    private static readonly Lazy<Schema> Features = new(() => SchemaBuilder.Build(FeaturesSdl));

    private static readonly Lazy<RequestExecutor> FeaturesExecutor = new(() => Bind(Features.Value));

    private static Task<string> Run(string query) => FeaturesExecutor.Value.RunAsync(query);

    [Fact]
    public async Task Round_trip_of_the_validation_harness_schema_through_graphql_js()
    {
        var schema = SchemaBuilder.Build(File.ReadAllText(RepoPaths.Combine("tests", "GraphApi.GraphQL.Tests", "Validation", "harness.graphql")));
        await AssertRoundTrip(schema);
    }

    [Fact]
    public async Task Round_trip_of_a_schema_using_every_feature_through_graphql_js()
    {
        await AssertRoundTrip(Features.Value);
    }

    [Fact]
    public async Task Schema_lists_its_description_roots_types_in_type_map_order_and_directives()
    {
        var json = await Run("{ __schema { description queryType { name } mutationType { name } subscriptionType { name } types { name } directives { name } } }");
        using var document = JsonDocument.Parse(json);
        var schema = document.RootElement.GetProperty("data").GetProperty("__schema");

        Assert.Equal("A schema using every feature introspection can describe.\nSecond line of the description.", schema.GetProperty("description").GetString());
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Mutation", schema.GetProperty("mutationType").GetProperty("name").GetString());
        Assert.Equal("Subscription", schema.GetProperty("subscriptionType").GetProperty("name").GetString());
        var types = schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(Features.Value.Types.Select(t => t.Name), types);
        Assert.Contains("__TypeKind", types); // the introspection types are types of the schema too
        Assert.Contains("Boolean", types);
        var directives = schema.GetProperty("directives").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Equal(Features.Value.Directives.Select(d => d.Name), directives);
        Assert.Superset(new HashSet<string?> { "tag", "trace", "include", "skip", "deprecated", "specifiedBy", "oneOf" }, directives.ToHashSet());
    }

    [Fact]
    public async Task Root_types_that_do_not_exist_are_null()
    {
        var executor = Bind(SchemaBuilder.Build("type Query { a: Int }"));
        Assert.Equal(
            Json("{'data':{'__schema':{'description':null,'mutationType':null,'subscriptionType':null}}}"),
            await executor.RunAsync("{ __schema { description mutationType { name } subscriptionType { name } } }"));
    }

    [Fact]
    public async Task Type_by_name_and_null_for_an_unknown_name()
    {
        Assert.Equal(
            Json("{'data':{'page':{'kind':'OBJECT','name':'Page','description':'A page.'},'nope':null}}"),
            await Run("{ page: __type(name: \"Page\") { kind name description } nope: __type(name: \"Nope\") { name } }"));
    }

    [Fact]
    public async Task Object_types_have_fields_and_interfaces_and_null_for_the_other_kinds_fields()
    {
        Assert.Equal(
            Json("""
                {'data':{'__type':{'kind':'OBJECT','specifiedByURL':null,
                  'fields':[{'name':'id'},{'name':'url'},{'name':'title'}],
                  'interfaces':[{'name':'Resource'},{'name':'Node'}],
                  'possibleTypes':null,'enumValues':null,'inputFields':null,'ofType':null,'isOneOf':null}}}
                """),
            await Run("""
                { __type(name: "Page") { kind specifiedByURL fields { name } interfaces { name } possibleTypes { name }
                  enumValues { name } inputFields { name } ofType { name } isOneOf } }
                """));
    }

    [Fact]
    public async Task Interfaces_implement_interfaces_and_list_their_object_types()
    {
        Assert.Equal(
            Json("""
                {'data':{'resource':{'kind':'INTERFACE','interfaces':[{'name':'Node'}],'possibleTypes':[{'name':'Page'},{'name':'Image'}],'fields':[{'name':'id'},{'name':'url'}]},
                  'node':{'interfaces':[],'possibleTypes':[{'name':'Page'},{'name':'Image'}]}}}
                """),
            await Run("""
                { resource: __type(name: "Resource") { kind interfaces { name } possibleTypes { name } fields { name } }
                  node: __type(name: "Node") { interfaces { name } possibleTypes { name } } }
                """));
    }

    [Fact]
    public async Task Unions_list_their_members_in_order()
    {
        Assert.Equal(
            Json("{'data':{'__type':{'kind':'UNION','description':'A search hit.','possibleTypes':[{'name':'Page'},{'name':'Image'}],'fields':null,'interfaces':null}}}"),
            await Run("{ __type(name: \"Result\") { kind description possibleTypes { name } fields { name } interfaces { name } } }"));
    }

    [Fact]
    public async Task Scalars_have_their_specification_url()
    {
        Assert.Equal(
            Json("""
                {'data':{'time':{'kind':'SCALAR','description':'A point in time, as RFC 3339 text.','specifiedByURL':'https://scalars.graphql.org/andimarek/date-time','fields':null},
                  'json':{'specifiedByURL':null},'int':{'specifiedByURL':null}}}
                """),
            await Run("""
                { time: __type(name: "DateTime") { kind description specifiedByURL fields { name } }
                  json: __type(name: "Json") { specifiedByURL } int: __type(name: "Int") { specifiedByURL } }
                """));
    }

    [Fact]
    public async Task Deprecated_fields_arguments_input_fields_and_enum_values_are_left_out_unless_asked_for()
    {
        Assert.Equal(
            Json("""
                {'data':{
                  'query':{'active':[{'name':'node'},{'name':'search'},{'name':'defaults'},{'name':'matrix'}],
                    'all':[{'name':'node','isDeprecated':false,'deprecationReason':null},{'name':'search','isDeprecated':false,'deprecationReason':null},
                      {'name':'defaults','isDeprecated':false,'deprecationReason':null},{'name':'matrix','isDeprecated':false,'deprecationReason':null},
                      {'name':'old','isDeprecated':true,'deprecationReason':'No longer supported'},{'name':'veryOld','isDeprecated':true,'deprecationReason':'Long gone.'}]},
                  'color':{'active':[{'name':'RED','description':'The colour of fire.','isDeprecated':false,'deprecationReason':null}],
                    'all':[{'name':'RED'},{'name':'GREEN'},{'name':'BLUE'}]},
                  'point':{'active':[{'name':'x'},{'name':'y'}],'all':[{'name':'x','isDeprecated':false,'deprecationReason':null},{'name':'y','isDeprecated':false,'deprecationReason':null},
                    {'name':'label','isDeprecated':true,'deprecationReason':'Labels are gone.'}]}}}
                """),
            await Run("""
                {
                  query: __type(name: "Query") {
                    active: fields { name }
                    all: fields(includeDeprecated: true) { name isDeprecated deprecationReason }
                  }
                  color: __type(name: "Color") {
                    active: enumValues(includeDeprecated: false) { name description isDeprecated deprecationReason }
                    all: enumValues(includeDeprecated: true) { name }
                  }
                  point: __type(name: "Point") {
                    active: inputFields { name }
                    all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason }
                  }
                }
                """));
    }

    [Fact]
    public async Task Field_and_directive_arguments_leave_out_deprecated_ones_unless_asked_for()
    {
        var json = await Run("""
            {
              __type(name: "Query") { fields { name args { name } all: args(includeDeprecated: true) { name isDeprecated } } }
              __schema { directives { name args { name } all: args(includeDeprecated: true) { name deprecationReason } } }
            }
            """);
        using var document = JsonDocument.Parse(json);
        var data = document.RootElement.GetProperty("data");
        var search = data.GetProperty("__type").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "search");
        Assert.Equal(Json("[{'name':'filter'},{'name':'limit'}]"), search.GetProperty("args").GetRawText());
        Assert.Equal(
            Json("[{'name':'filter','isDeprecated':false},{'name':'limit','isDeprecated':false},{'name':'after','isDeprecated':true}]"),
            search.GetProperty("all").GetRawText());
        var tag = data.GetProperty("__schema").GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "tag");
        Assert.Equal(Json("[{'name':'name'}]"), tag.GetProperty("args").GetRawText());
        Assert.Equal(
            Json("[{'name':'name','deprecationReason':null},{'name':'label','deprecationReason':'Use `name`.'}]"),
            tag.GetProperty("all").GetRawText());
    }

    [Fact]
    public async Task Wrapping_types_are_list_and_non_null_with_of_type_and_no_name()
    {
        Assert.Equal(
            Json("""
                {'data':{'__type':{'fields':[{'name':'matrix','type':
                  {'kind':'NON_NULL','name':null,'description':null,'fields':null,'ofType':
                    {'kind':'LIST','name':null,'ofType':
                      {'kind':'LIST','name':null,'ofType':
                        {'kind':'NON_NULL','name':null,'ofType':
                          {'kind':'SCALAR','name':'Int','ofType':null}}}}}}]}}}
                """),
            OnlyMatrix(await Run("""
                { __type(name: "Query") { fields { name type { kind name description fields { name }
                  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { name } } } } } } } } }
                """)));
    }

    [Fact]
    public async Task Input_objects_list_input_fields_with_printed_default_values_and_tell_one_of()
    {
        Assert.Equal(
            Normalize(""""
                {"data":{"defaults":{"kind":"INPUT_OBJECT","isOneOf":false,"fields":null,"inputFields":[
                  {"name":"int","defaultValue":"-3"},
                  {"name":"float","defaultValue":"1e3"},
                  {"name":"string","defaultValue":"\"a \\\"quoted\\\"\\nline\""},
                  {"name":"block","defaultValue":"\"\"\"block text\"\"\""},
                  {"name":"boolean","defaultValue":"false"},
                  {"name":"nothing","defaultValue":"null"},
                  {"name":"enum","defaultValue":"RED"},
                  {"name":"list","defaultValue":"[1, 2]"},
                  {"name":"single","defaultValue":"3"},
                  {"name":"object","defaultValue":"{ x: 1, y: 2 }"},
                  {"name":"nested","defaultValue":"[{ x: 1 }, { x: 2, y: null }]"},
                  {"name":"custom","defaultValue":"{ a: [1, \"b\", { c: true }] }"},
                  {"name":"time","defaultValue":"\"2020-01-01T00:00:00Z\""}]},
                  "filter":{"isOneOf":true,"inputFields":[{"name":"id","defaultValue":null,"type":{"name":"ID"}},{"name":"name","defaultValue":null,"type":{"name":"String"}},{"name":"near","defaultValue":null,"type":{"name":"Point"}}]}}}
                """"),
            await Run("""
                { defaults: __type(name: "Defaults") { kind isOneOf fields { name } inputFields { name defaultValue } }
                  filter: __type(name: "Filter") { isOneOf inputFields { name defaultValue type { name } } } }
                """));
    }

    [Fact]
    public async Task Directives_tell_repeatable_locations_and_described_arguments()
    {
        Assert.Equal(
            Normalize("""
                {"data":{"__schema":{"directives":[
                  {"name":"tag","description":"A repeatable directive with a described and a deprecated argument.","isRepeatable":true,
                   "locations":["OBJECT","FIELD_DEFINITION","INTERFACE","UNION","ENUM","ENUM_VALUE","INPUT_OBJECT","INPUT_FIELD_DEFINITION","ARGUMENT_DEFINITION","SCALAR","SCHEMA"],
                   "args":[{"name":"name","description":"The tag's name.","type":{"kind":"NON_NULL","ofType":{"name":"String"}},"defaultValue":null}]},
                  {"name":"trace","description":"An executable directive.","isRepeatable":false,
                   "locations":["QUERY","MUTATION","SUBSCRIPTION","FIELD","FRAGMENT_DEFINITION","FRAGMENT_SPREAD","INLINE_FRAGMENT","VARIABLE_DEFINITION"],
                   "args":[{"name":"level","description":null,"type":{"kind":"SCALAR","ofType":null},"defaultValue":"1"},
                           {"name":"tags","description":null,"type":{"kind":"LIST","ofType":{"name":null}},"defaultValue":"[\"a\", \"b\"]"}]}]}}}
                """),
            OnlyCustomDirectives(await Run("""
                { __schema { directives { name description isRepeatable locations args { name description type { kind ofType { name } } defaultValue } } } }
                """)));
    }

    [Fact]
    public async Task Field_descriptions_and_argument_descriptions()
    {
        Assert.Equal(
            Json("{'data':{'__type':{'fields':[{'name':'node','description':'A node by id.','args':[{'name':'id','description':'Its id.'}]}]}}}"),
            OnlyFirstField(await Run("{ __type(name: \"Query\") { fields { name description args { name description } } } }")));
    }

    [Fact]
    public async Task Typename_works_on_introspection_types()
    {
        Assert.Equal(
            Json("{'data':{'__typename':'Query','__schema':{'__typename':'__Schema','queryType':{'__typename':'__Type'}}}}"),
            await Run("{ __typename __schema { __typename queryType { __typename } } }"));
    }

    /// <summary>JSON as the result writer writes it, for expectations that need both kinds of quote.</summary>
    private static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }

    /// <summary>Executes the full introspection query and checks graphql-js rebuilds exactly the schema we print.</summary>
    private static async Task AssertRoundTrip(Schema schema)
    {
        var query = File.ReadAllText(RepoPaths.Combine("tests", "GraphApi.Benchmarks", "Inputs", "introspection.graphql"));
        var result = await Bind(schema).RunAsync(query);
        Assert.DoesNotContain("\"errors\"", result, StringComparison.Ordinal);
        var printed = await NodeRunner.RunScriptAsync("introspection-roundtrip.mjs", [], result);
        Assert.Equal(SchemaPrinter.Print(schema), printed);
    }

    /// <summary>An executor for <paramref name="schema"/> whose own fields all resolve to null: only introspection is of interest here.</summary>
    private static RequestExecutor Bind(Schema schema)
    {
        var builder = new ExecutableSchemaBuilder(schema);
        FieldResolver none = static _ => new ValueTask<object?>((object?)null);
        foreach (var type in schema.Types)
        {
            if (type is ObjectType objectType && !type.IsIntrospectionType)
            {
                foreach (var field in objectType.Fields)
                {
                    builder.Resolve(type.Name, field.Name, none);
                    if (ReferenceEquals(type, schema.SubscriptionType))
                    {
                        builder.Subscribe(type.Name, field.Name, static _ => new ValueTask<IAsyncEnumerable<object?>>(AsyncEnumerable.Empty<object?>()));
                    }
                }
            }
            else if (type is ScalarType { IsBuiltIn: false } scalar)
            {
                builder.AddScalar(new PassThroughScalar(scalar.Name));
            }
        }

        return new RequestExecutor(builder.Build());
    }

    private static string OnlyMatrix(string json) => Filter(json, "fields", f => f.GetProperty("name").GetString() == "matrix");

    private static string OnlyFirstField(string json) => Filter(json, "fields", f => f.GetProperty("name").GetString() == "node");

    private static string OnlyCustomDirectives(string json) =>
        Filter(json, "directives", d => d.GetProperty("name").GetString() is "tag" or "trace");

    /// <summary>The response with the one array named <paramref name="arrayName"/> reduced to the items <paramref name="keep"/> selects.</summary>
    private static string Filter(string json, string arrayName, Func<JsonElement, bool> keep)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Copy(document.RootElement, writer, arrayName, keep);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Copy(JsonElement element, Utf8JsonWriter writer, string arrayName, Func<JsonElement, bool> keep)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            element.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        foreach (var property in element.EnumerateObject())
        {
            writer.WritePropertyName(property.Name);
            if (property.Name == arrayName && property.Value.ValueKind == JsonValueKind.Array)
            {
                writer.WriteStartArray();
                foreach (var item in property.Value.EnumerateArray().Where(keep))
                {
                    item.WriteTo(writer);
                }

                writer.WriteEndArray();
            }
            else
            {
                Copy(property.Value, writer, arrayName, keep);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>A custom scalar coercer that passes values through, for schemas whose scalars are not exercised.</summary>
    private sealed class PassThroughScalar(string name) : ScalarCoercer
    {
        public override string Name { get; } = name;

        public override object? Serialize(object value) => value;

        public override object? ParseValue(JsonElement value) => value.Clone();

        public override object? ParseLiteral(ValueNode literal) => literal;
    }
}
