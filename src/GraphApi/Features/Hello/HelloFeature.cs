using System.Globalization;
using GraphApi.GraphQL.Execution;

namespace GraphApi.Features.Hello;

/// <summary>
/// The smallest useful schema: a greeting, an echo, the time, a mutation that sends a greeting and a
/// subscription that receives them.
/// </summary>
public static class HelloFeature
{
    public static IServiceCollection AddHelloFeature(this IServiceCollection services)
    {
        services.AddSingleton<GreetingEvents>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static ExecutableSchemaBuilder BindHello(this ExecutableSchemaBuilder schema) => schema
        .BindType<Greeting>("Greeting")
        .Resolve("Query", "hello", _ => "Hello, world!")
        .Resolve("Query", "echo", context => context.Argument<string>("message"))
        .Resolve("Query", "time", context => Now(context.Service<TimeProvider>()))
        .Resolve("Mutation", "sendGreeting", context =>
        {
            var greeting = new Greeting(context.Argument<string>("message"), Now(context.Service<TimeProvider>()));
            context.Service<GreetingEvents>().Publish(greeting);
            return greeting;
        })
        .Subscribe("Subscription", "greetings", context => context.Service<GreetingEvents>().SubscribeAsync(context.CancellationToken));

    /// <summary>ISO 8601 in UTC with milliseconds, like JavaScript's Date.toISOString().</summary>
    private static string Now(TimeProvider time) =>
        time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
