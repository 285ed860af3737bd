namespace GraphApi.GraphQL.Types;

/// <summary>
/// The definitions every schema has, written in SDL and built like user definitions: the five built-in
/// scalars (spec §3.5), the built-in directives (spec §3.13) and the introspection types (spec §4.2).
/// Descriptions are our own words; the shapes follow the specification exactly.
/// </summary>
internal static class BuiltInDefinitions
{
    public const string Sdl = """
        "A signed 32-bit integer."
        scalar Int

        "A signed double-precision floating-point number (IEEE 754)."
        scalar Float

        "Text, as a sequence of Unicode characters (UTF-8 on the wire)."
        scalar String

        "`true` or `false`."
        scalar Boolean

        "A unique identifier, serialized as a string. Not intended to be read by humans."
        scalar ID

        "Include this field or fragment only when `if` is true."
        directive @include("Include when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        "Skip this field or fragment when `if` is true."
        directive @skip("Skip when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        "Marks an element of the schema as no longer supported."
        directive @deprecated(
          "Why the element is deprecated and what to use instead, in Markdown."
          reason: String! = "No longer supported"
        ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE

        "Links a custom scalar to a document that specifies its behaviour."
        directive @specifiedBy("The URL of the specification." url: String!) on SCALAR

        "Requires exactly one field of the input object to be given, and not null."
        directive @oneOf on INPUT_OBJECT

        "The schema of this service: its types, directives and root operation types."
        type __Schema {
          description: String
          "Every type the schema defines, including the built-in and introspection types."
          types: [__Type!]!
          "The root type of query operations."
          queryType: __Type!
          "The root type of mutation operations, if the schema supports them."
          mutationType: __Type
          "The root type of subscription operations, if the schema supports them."
          subscriptionType: __Type
          "Every directive the schema defines."
          directives: [__Directive!]!
        }

        "A type of the schema, or a List or Non-Null wrapper around one. Which fields apply depends on `kind`."
        type __Type {
          kind: __TypeKind!
          name: String
          description: String
          specifiedByURL: String
          fields(includeDeprecated: Boolean! = false): [__Field!]
          interfaces: [__Type!]
          possibleTypes: [__Type!]
          enumValues(includeDeprecated: Boolean! = false): [__EnumValue!]
          inputFields(includeDeprecated: Boolean! = false): [__InputValue!]
          ofType: __Type
          isOneOf: Boolean
        }

        "The kinds of `__Type`."
        enum __TypeKind {
          "A leaf value with no fields."
          SCALAR
          "A type with fields, each of which has a type."
          OBJECT
          "An abstract type with fields, implemented by object and interface types."
          INTERFACE
          "An abstract type that is one of a set of object types."
          UNION
          "A leaf value from a fixed set of names."
          ENUM
          "A set of named input values, used as an argument."
          INPUT_OBJECT
          "A list of another type; `ofType` tells which."
          LIST
          "A type that is never null; `ofType` tells which."
          NON_NULL
        }

        "A field of an object or interface type."
        type __Field {
          name: String!
          description: String
          args(includeDeprecated: Boolean! = false): [__InputValue!]!
          type: __Type!
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "An argument, or a field of an input object type."
        type __InputValue {
          name: String!
          description: String
          type: __Type!
          "The default value as a GraphQL literal, or null when there is none."
          defaultValue: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "One value of an enum type."
        type __EnumValue {
          name: String!
          description: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "A directive: where it may be used and which arguments it takes."
        type __Directive {
          name: String!
          description: String
          isRepeatable: Boolean!
          locations: [__DirectiveLocation!]!
          args(includeDeprecated: Boolean! = false): [__InputValue!]!
        }

        "The places a directive may be used."
        enum __DirectiveLocation {
          "On a query operation."
          QUERY
          "On a mutation operation."
          MUTATION
          "On a subscription operation."
          SUBSCRIPTION
          "On a field."
          FIELD
          "On a fragment definition."
          FRAGMENT_DEFINITION
          "On a fragment spread."
          FRAGMENT_SPREAD
          "On an inline fragment."
          INLINE_FRAGMENT
          "On a variable definition."
          VARIABLE_DEFINITION
          "On the schema definition."
          SCHEMA
          "On a scalar definition."
          SCALAR
          "On an object type definition."
          OBJECT
          "On a field definition."
          FIELD_DEFINITION
          "On an argument definition."
          ARGUMENT_DEFINITION
          "On an interface definition."
          INTERFACE
          "On a union definition."
          UNION
          "On an enum definition."
          ENUM
          "On an enum value definition."
          ENUM_VALUE
          "On an input object type definition."
          INPUT_OBJECT
          "On an input object field definition."
          INPUT_FIELD_DEFINITION
        }
        """;

    /// <summary>The names of the built-in directives, in the order graphql-js lists them.</summary>
    public static readonly IReadOnlyList<string> DirectiveNames = ["include", "skip", "deprecated", "specifiedBy", "oneOf"];

    /// <summary>The default reason of <c>@deprecated</c>.</summary>
    public const string DefaultDeprecationReason = "No longer supported";
}
