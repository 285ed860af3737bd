using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class FragmentsOnCompositeTypesTests
{
    private const string Reason = ": fragments apply only to object, interface and union types.";

    [Fact]
    public void Fragments_on_objects_interfaces_unions_and_without_condition_are_valid()
    {
        ExpectValid<FragmentsOnCompositeTypes>("""
            { dog { ...fragOnObject } pet { ...fragOnInterface } catOrDog { ...fragOnUnion } }

            fragment fragOnObject on Dog {
              name
            }

            fragment fragOnInterface on Pet {
              name
            }

            fragment fragOnUnion on CatOrDog {
              ... on Dog {
                name
              }
            }

            fragment noCondition on Dog {
              ... {
                name
              }
            }
            """);
    }

    [Fact]
    public void Named_and_inline_fragments_on_scalars_are_reported_at_the_type_condition()
    {
        ExpectErrors<FragmentsOnCompositeTypes>("""
            fragment fragOnScalar on Int {
              something
            }

            fragment inlineFragOnScalar on Dog {
              ... on Boolean {
                somethingElse
              }
            }
            """,
            Error("Fragment \"fragOnScalar\" cannot be on type \"Int\"" + Reason, (1, 26)),
            Error("An inline fragment cannot be on type \"Boolean\"" + Reason, (6, 10)));
    }

    [Fact]
    public void Enums_and_input_objects_are_reported_and_unknown_types_are_left_to_another_rule()
    {
        ExpectErrors<FragmentsOnCompositeTypes>("""
            fragment onEnum on FurColor { x }
            fragment onInput on ComplexInput { x }
            fragment onUnknown on Unknown { ... on AlsoUnknown { x } }
            query { dog { ... on DogCommand { x } ... on FindDogInput @onInlineFragment { y } } }
            fragment onIntrospection on __TypeKind { x }
            """,
            Error("Fragment \"onEnum\" cannot be on type \"FurColor\"" + Reason, (1, 20)),
            Error("Fragment \"onInput\" cannot be on type \"ComplexInput\"" + Reason, (2, 21)),
            Error("An inline fragment cannot be on type \"DogCommand\"" + Reason, (4, 22)),
            Error("An inline fragment cannot be on type \"FindDogInput\"" + Reason, (4, 46)),
            Error("Fragment \"onIntrospection\" cannot be on type \"__TypeKind\"" + Reason, (5, 29)));
    }
}
