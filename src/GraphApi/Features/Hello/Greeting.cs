namespace GraphApi.Features.Hello;

/// <summary>The GraphQL type <c>Greeting</c>.</summary>
public sealed record Greeting(string Message, string SentAt);
