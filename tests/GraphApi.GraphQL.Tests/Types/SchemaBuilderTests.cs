using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    [Fact]
    public void Builds_every_type_kind_with_descriptions_and_roots()
    {
        var schema = SchemaBuilder.Build("""
            "The shop."
            schema { query: Root mutation: Change }
            "A money amount."
            scalar Money @specifiedBy(url: "https://example.com/money")
            interface Node { id: ID! }
            "A product."
            type Product implements Node { id: ID! "Its name." name: String! price(currency: String = "EUR"): Money }
            union SearchResult = Product
            enum Sort { NAME PRICE }
            input Filter { text: String sort: Sort = NAME }
            type Root { search(filter: Filter): [SearchResult!]! node(id: ID!): Node }
            type Change { rename(id: ID!, name: String!): Product }
            """);

        Assert.Equal("The shop.", schema.Description);
        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Equal("Change", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);

        var money = Assert.IsType<ScalarType>(schema.GetType("Money"));
        Assert.Equal("https://example.com/money", money.SpecifiedByUrl);
        Assert.Equal("A money amount.", money.Description);

        var product = Assert.IsType<ObjectType>(schema.GetType("Product"));
        Assert.Equal("A product.", product.Description);
        Assert.Equal(["id", "name", "price"], product.Fields.Select(f => f.Name));
        Assert.Equal("String!", product.Fields["name"]!.Type.ToString());
        Assert.Equal("Its name.", product.Fields["name"]!.Description);
        Assert.Same(product, product.Fields["name"]!.DeclaringType);
        var currency = product.Fields["price"]!.Arguments["currency"]!;
        Assert.Equal("EUR", Assert.IsType<StringValueNode>(currency.DefaultValue).Value);
        Assert.Same(schema.GetType("Node"), Assert.Single(product.Interfaces));

        Assert.Equal(["NAME", "PRICE"], ((EnumType)schema.GetType("Sort")!).Values.Select(v => v.Name));
        var filter = (InputObjectType)schema.GetType("Filter")!;
        Assert.Same(schema.GetType("Sort"), filter.Fields["sort"]!.Type);
        Assert.False(filter.IsOneOf);

        var search = schema.QueryType.Fields["search"]!;
        Assert.Equal("[SearchResult!]!", search.Type.ToString());
        Assert.Same(schema.GetType("SearchResult"), search.Type.Named);
    }

    [Fact]
    public void Default_root_types_are_found_by_name_without_a_schema_definition()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");

        Assert.Equal("Query", schema.QueryType!.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);
    }

    [Fact]
    public void Extensions_add_fields_interfaces_members_values_and_directives()
    {
        var schema = SchemaBuilder.Build("""
            directive @tag(name: String!) repeatable on OBJECT | ENUM | INPUT_OBJECT | UNION | SCALAR | INTERFACE | SCHEMA
            type Query { a: A }
            interface Named { name: String }
            type A { id: ID }
            type B { id: ID }
            union U = A
            enum E { X }
            input I { x: Int }
            scalar S
            extend type A implements Named @tag(name: "a") { name: String }
            extend union U = B
            extend enum E @tag(name: "e") { Y }
            extend input I { y: Int }
            extend scalar S @tag(name: "s")
            extend schema @tag(name: "schema")
            extend interface Named @tag(name: "n")
            """);

        var a = (ObjectType)schema.GetType("A")!;
        Assert.Equal(["id", "name"], a.Fields.Select(f => f.Name));
        Assert.Equal("Named", Assert.Single(a.Interfaces).Name);
        Assert.Equal("tag", Assert.Single(a.AppliedDirectives).Name.Value);
        Assert.Single(a.ExtensionAstNodes);
        Assert.Equal(["A", "B"], ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.Equal(["X", "Y"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(["x", "y"], ((InputObjectType)schema.GetType("I")!).Fields.Select(f => f.Name));
        Assert.Single(schema.GetType("S")!.AppliedDirectives);
        Assert.Single(schema.GetType("Named")!.AppliedDirectives);
        Assert.Single(schema.AppliedDirectives);
        Assert.True(schema.IsPossibleType(schema.GetType("Named")!, a));
    }

    [Fact]
    public void Deprecation_reads_the_reason_or_the_default_on_every_element()
    {
        var schema = SchemaBuilder.Build("""
            type Query {
              old: Int @deprecated
              older(arg: Int @deprecated(reason: "Use arg2."), arg2: Int): Int @deprecated(reason: "Use new.")
              new(input: In): E
            }
            input In { a: Int @deprecated(reason: "gone") b: Int }
            enum E { A B @deprecated }
            """);

        var query = schema.QueryType!;
        Assert.Equal("No longer supported", query.Fields["old"]!.DeprecationReason);
        Assert.Equal("Use new.", query.Fields["older"]!.DeprecationReason);
        Assert.Equal("Use arg2.", query.Fields["older"]!.Arguments["arg"]!.DeprecationReason);
        Assert.False(query.Fields["older"]!.Arguments["arg2"]!.IsDeprecated);
        Assert.False(query.Fields["new"]!.IsDeprecated);
        Assert.Equal("gone", ((InputObjectType)schema.GetType("In")!).Fields["a"]!.DeprecationReason);
        var e = (EnumType)schema.GetType("E")!;
        Assert.Null(e.Values["A"]!.DeprecationReason);
        Assert.Equal("No longer supported", e.Values["B"]!.DeprecationReason);
    }

    [Fact]
    public void OneOf_input_objects_are_marked()
    {
        var schema = SchemaBuilder.Build("type Query { f(by: By): Int } input By @oneOf { id: ID name: String }");

        Assert.True(((InputObjectType)schema.GetType("By")!).IsOneOf);
    }

    [Fact]
    public void Built_in_directives_follow_user_directives_and_custom_ones_keep_their_arguments()
    {
        var schema = SchemaBuilder.Build("""
            directive @auth(roles: [String!]!) on FIELD_DEFINITION | OBJECT
            type Query { secret: String @auth(roles: ["admin"]) }
            """);

        Assert.Equal(["auth", "include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        Assert.False(schema.GetDirective("auth")!.IsBuiltIn);
        Assert.True(schema.GetDirective("skip")!.IsBuiltIn);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], schema.GetDirective("auth")!.Locations);
        var applied = Assert.Single(schema.QueryType!.Fields["secret"]!.AppliedDirectives);
        Assert.Equal("auth", applied.Name.Value);
        var roles = Assert.IsType<ListValueNode>(Assert.Single(applied.Arguments).Value);
        Assert.Equal("admin", Assert.IsType<StringValueNode>(Assert.Single(roles.Values)).Value);
    }

    [Fact]
    public void The_type_map_is_ordered_as_graphql_js_orders_it()
    {
        // Order observed with graphql-js 17.1.0: Object.keys(buildSchema(sdl).getTypeMap()).
        var schema = SchemaBuilder.Build("directive @d(f: Float, i: ID) on FIELD type Query { b(x: Int): B } type A { x: String } type B { a: A s: String }");

        Assert.Equal(
            ["Query", "Int", "A", "String", "B", "Float", "ID", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.Types.Select(t => t.Name));
    }

    [Fact]
    public void Introspection_types_and_meta_fields_are_available()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int }");

        var type = Assert.IsType<ObjectType>(schema.GetType("__Type"));
        Assert.Equal("[__Field!]", type.Fields["fields"]!.Type.ToString());
        Assert.Equal("Boolean!", type.Fields["fields"]!.Arguments["includeDeprecated"]!.Type.ToString());
        Assert.Equal("__Schema!", schema.GetFieldDefinition(schema.QueryType!, "__schema")!.Type.ToString());
        Assert.Equal("__Type", schema.GetFieldDefinition(schema.QueryType!, "__type")!.Type.ToString());
        Assert.Equal("String!", schema.GetFieldDefinition(schema.QueryType!, "__typename")!.Type.ToString());
        Assert.Null(schema.GetFieldDefinition(schema.GetType("Int")!, "__typename"));
    }

    [Fact]
    public void A_redefined_built_in_scalar_keeps_the_built_in()
    {
        var schema = SchemaBuilder.Build("scalar String type Query { a: String }");

        var s = Assert.IsType<ScalarType>(schema.GetType("String"));
        Assert.True(s.IsBuiltIn);
        Assert.Same(s, schema.QueryType!.Fields["a"]!.Type);
    }

    [Theory]
    [InlineData("type Query { a: Missing }", "Missing")]
    [InlineData("type Query { a: Int } extend type Nope { b: Int }", "Nope")]
    [InlineData("type Query { a: Int } scalar X extend type X { b: Int }", "X")]
    public void Broken_sdl_is_refused_with_an_error_that_names_the_culprit(string sdl, string culprit)
    {
        var ex = Assert.ThrowsAny<GraphQLException>(() => SchemaBuilder.Build(sdl));
        Assert.Contains(ex.Errors, e => e.Message.Contains(culprit, StringComparison.Ordinal));
        Assert.All(ex.Errors, e => Assert.Equal(ErrorCodes.InvalidSchema, e.Code));
    }

    [Theory]
    [InlineData("type Query { a: Missing }", "Missing")]
    [InlineData("type Query { a: Int } extend type Nope { b: Int }", "Nope")]
    [InlineData("type Query { a: Int } scalar X extend type X { b: Int }", "X")]
    [InlineData("schema { query: Q } type Query { a: Int }", "Q")]
    public void Even_unvalidated_sdl_never_crashes_the_builder(string sdl, string culprit)
    {
        var ex = Assert.ThrowsAny<GraphQLException>(() => SchemaBuilder.Build(sdl, new SchemaBuildOptions { SkipValidation = true }));
        Assert.Contains(culprit, ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.InvalidSchema, ex.Errors[0].Code);
    }

    [Fact]
    public void Type_system_errors_point_into_the_sdl()
    {
        var ex = Assert.ThrowsAny<GraphQLException>(() => SchemaBuilder.Build("type Query { a: Int }\ninterface I { x: Int }\ntype T implements I { y: Int }"));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("I.x", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Locations, l => l.Line == 3);
    }
}
